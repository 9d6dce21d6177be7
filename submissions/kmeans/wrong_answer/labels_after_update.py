# mistake: returns labels recomputed with the final centroids instead of the last assignment step's labels
# 错误：返回用最终质心重新计算的标签，而不是最后一次分配步骤得到的标签
import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Mistake: returns labels recomputed with the final centroids (after the last update)."""
    c = init_centroids.astype(np.float64)
    for _ in range(n_iters):
        labels = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
        for k in range(len(c)):
            if (labels == k).any():
                c[k] = x[labels == k].mean(0)
    labels = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
    return c, labels
