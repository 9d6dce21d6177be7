# mistake: takes the nearest centroid as np.argsort(d)[:, 0] with an unstable sort, so ties may not pick the lowest index
# 错误：用不稳定排序的 np.argsort(d)[:, 0] 取最近质心，距离相等时不一定选下标最小的
import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Classic mistake: the nearest centroid as the first column of np.argsort, whose default
    sort is not stable: among centroids at equal distance it need not pick the lowest index."""
    X = x.astype(np.float64)
    c = init_centroids.astype(np.float64)
    labels = np.zeros(len(X), dtype=np.int64)
    for _ in range(n_iters):
        d = ((X[:, None, :] - c[None, :, :]) ** 2).sum(-1)
        labels = np.argsort(d, axis=1)[:, 0]
        for j in range(len(c)):
            members = X[labels == j]
            if len(members):
                c[j] = members.mean(0)
    return c.astype(x.dtype), labels
