# mistake: returns the squared distance, forgetting the square root
# 错误：返回的是距离的平方，忘了开方
"""Classic mistake: returns the squared distance (forgets the square root)."""
import numpy as np


def pairwise_l2_distance(X, Y):
    xx = np.sum(X * X, axis=1)[:, None]
    yy = np.sum(Y * Y, axis=1)[None, :]
    return np.maximum(xx + yy - 2 * X @ Y.T, 0)
