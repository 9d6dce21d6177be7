"""Classic mistake: always computes in float32; float64 inputs far from the origin lose their precision."""
import numpy as np


def pairwise_l2_distance(X, Y):
    X = X.astype(np.float32)
    Y = Y.astype(np.float32)
    xx = np.sum(X * X, axis=1)[:, None]
    yy = np.sum(Y * Y, axis=1)[None, :]
    return np.sqrt(np.maximum(xx + yy - 2 * X @ Y.T, 0))
