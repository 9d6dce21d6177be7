import numpy as np


def kmeans(x, init_centroids, n_iters):
    c = init_centroids.copy()
    K = c.shape[0]
    x_sq = (x * x).sum(axis=1, keepdims=True)
    for _ in range(n_iters):
        d = x_sq - 2.0 * x @ c.T + (c * c).sum(axis=1)
        labels = d.argmin(axis=1)
        onehot = np.zeros((x.shape[0], K), dtype=x.dtype)
        onehot[np.arange(x.shape[0]), labels] = 1
        counts = onehot.sum(axis=0)
        sums = onehot.T @ x
        nonempty = counts > 0
        c[nonempty] = sums[nonempty] / counts[nonempty, None]
    return c, labels
