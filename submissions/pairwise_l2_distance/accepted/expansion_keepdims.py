"""The expansion with keepdims sums and np.dot: ||x||^2 [N,1] + ||y||^2 [1,M] - 2 X Y^T, clamped, sqrt."""
import numpy as np


def pairwise_l2_distance(X, Y):
    xx = np.sum(X * X, axis=1, keepdims=True)
    yy = np.sum(Y * Y, axis=1, keepdims=True).T
    d2 = xx + yy - 2 * np.dot(X, Y.T)
    return np.sqrt(np.clip(d2, 0, None))
