# mistake: breaks distance ties toward the higher centroid index (last minimum) instead of the lowest
# 错误：距离相等时分给下标更大的质心（最后一个最小值），而不是下标最小的
import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Mistake: a point-by-point loop with `<=`, so a tie goes to the later (higher) centroid."""
    c = init_centroids.astype(np.float64)
    K = len(c)
    for _ in range(n_iters):
        d = ((x[:, None, :] - c[None]) ** 2).sum(-1)
        labels = K - 1 - np.argmin(d[:, ::-1], axis=1)  # the last minimum
        for k in range(K):
            if (labels == k).any():
                c[k] = x[labels == k].mean(0)
    return c, labels
