# mistake: computes an empty cluster's mean as 0/0 = nan instead of keeping its previous centroid
# 错误：空簇的均值按 0/0 算成 nan，而不是保留原来的质心
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
