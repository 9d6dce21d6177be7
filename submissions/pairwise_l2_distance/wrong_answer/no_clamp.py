"""Classic mistake: no clamp before the square root; rounding makes equal rows' d^2 negative -> nan."""
import numpy as np


def pairwise_l2_distance(X, Y):
    xx = np.sum(X * X, axis=1)[:, None]
    yy = np.sum(Y * Y, axis=1)[None, :]
    with np.errstate(invalid="ignore"):
        return np.sqrt(xx + yy - 2 * X @ Y.T)
