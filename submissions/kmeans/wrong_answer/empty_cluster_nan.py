import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Mistake: the mean of an empty cluster (0/0) becomes nan."""
    c = init_centroids.astype(np.float64)
    K = len(c)
    for _ in range(n_iters):
        labels = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
        with np.errstate(invalid="ignore", divide="ignore"):
            c = np.stack([x[labels == k].sum(0) / (labels == k).sum() for k in range(K)])
    return c, labels
