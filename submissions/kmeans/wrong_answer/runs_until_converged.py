# mistake: ignores n_iters and iterates until the labels stop changing
# 错误：忽略 n_iters，一直迭代到标签不再变化为止
import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Mistake: treats n_iters as a cap that it ignores, iterating until the labels stop changing."""
    c = init_centroids.astype(np.float64)
    labels = None
    for _ in range(1000):
        new = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
        if labels is not None and (new == labels).all():
            break
        labels = new
        for k in range(len(c)):
            if (labels == k).any():
                c[k] = x[labels == k].mean(0)
    return c, labels
