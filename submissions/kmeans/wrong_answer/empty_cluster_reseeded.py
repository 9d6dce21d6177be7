# mistake: re-seeds an empty cluster at the farthest point instead of keeping its previous centroid
# 错误：把空簇重新初始化到最远的点上，而不是保留原来的质心
import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Mistake: an empty cluster is re-seeded at the point farthest from its centroid
    (a common heuristic, but the task says it keeps its previous centroid)."""
    c = init_centroids.astype(np.float64)
    K = len(c)
    for _ in range(n_iters):
        d = ((x[:, None, :] - c[None]) ** 2).sum(-1)
        labels = d.argmin(1)
        for k in range(K):
            m = labels == k
            if m.any():
                c[k] = x[m].mean(0)
            else:
                c[k] = x[np.argmax(d[np.arange(len(x)), labels])]
    return c, labels
