# mistake: uses ||x||^2 + ||y||^2 - x.y, dropping the factor 2 on the cross term
# 错误：用 ||x||^2 + ||y||^2 - x.y，交叉项漏了系数 2
"""Classic mistake: the cross term without its factor 2: ||x||^2 + ||y||^2 - x.y."""
import numpy as np


def pairwise_l2_distance(X, Y):
    xx = np.sum(X * X, axis=1)[:, None]
    yy = np.sum(Y * Y, axis=1)[None, :]
    return np.sqrt(np.maximum(xx + yy - X @ Y.T, 0))
