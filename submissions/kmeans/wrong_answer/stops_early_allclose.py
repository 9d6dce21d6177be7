# mistake: stops early once np.allclose(new, old) instead of running exactly n_iters iterations
# 错误：一旦 np.allclose(new, old) 就提前停止，而不是恰好迭代 n_iters 次
import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Mistake: stops as soon as np.allclose(new, old) (tiny but nonzero steps count as converged)."""
    c = init_centroids.astype(np.float64)
    for _ in range(n_iters):
        labels = ((x[:, None, :] - c[None]) ** 2).sum(-1).argmin(1)
        new = c.copy()
        for k in range(len(c)):
            if (labels == k).any():
                new[k] = x[labels == k].mean(0)
        if np.allclose(new, c):
            c = new
            break
        c = new
    return c, labels
