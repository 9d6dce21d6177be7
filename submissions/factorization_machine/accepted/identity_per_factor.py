"""The O(kn) identity written per factor: 0.5 * sum_f ((X V)_f^2 - (X^2)(V^2)_f)."""
import numpy as np


def factorization_machine(X, w0, w, V):
    s = X @ V                      # [N, k]
    s2 = (X ** 2) @ (V ** 2)       # [N, k]
    return w0 + X @ w + 0.5 * np.sum(s ** 2 - s2, axis=1)
