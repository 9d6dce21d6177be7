import numpy as np


def kmeans(x, init_centroids, n_iters):
    """A second style: direct differences by broadcasting, np.add.at for the sums."""
    c = np.array(init_centroids, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    K = len(c)
    for _ in range(n_iters):
        dist = ((x[:, None, :] - c[None, :, :]) ** 2).sum(axis=2)
        labels = np.argmin(dist, axis=1)
        sums = np.zeros_like(c)
        np.add.at(sums, labels, x)
        counts = np.bincount(labels, minlength=K)
        for k in range(K):
            if counts[k]:
                c[k] = sums[k] / counts[k]
    return c, labels
