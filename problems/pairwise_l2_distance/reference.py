import numpy as np


def pairwise_l2_distance(X, Y):
    """||x||^2 + ||y||^2 - 2 x.y by broadcasting the squared norms around one matrix product,
    clamped at 0 (rounding can make it slightly negative) before the square root."""
    xx = np.einsum("ij,ij->i", X, X)
    yy = np.einsum("ij,ij->i", Y, Y)
    d2 = X @ Y.T
    d2 *= -2
    d2 += xx[:, None]
    d2 += yy[None, :]
    np.maximum(d2, 0, out=d2)
    return np.sqrt(d2, out=d2)
