import numpy as np


def factorization_machine(X, w0, w, V):
    """FM with the O(kn) identity: sum_{i<j} <v_i,v_j> x_i x_j = 0.5 * sum_f ((XV)_f^2 - (X^2)(V^2)_f)."""
    XV = X @ V
    pair = 0.5 * ((XV * XV).sum(axis=1) - (X * X) @ (V * V).sum(axis=1))
    return (w0 + X @ w + pair).astype(X.dtype, copy=False)
