# mistake: sums XV over the factors before squaring: (sum_f (XV)_f)^2 instead of sum_f (XV)_f^2
# 错误：先对因子维求和再平方：(sum_f (XV)_f)^2，而不是 sum_f (XV)_f^2
"""Classic mistake: sums X V over the factors before squaring, (sum_f (XV)_f)^2 instead of sum_f (XV)_f^2."""
import numpy as np


def factorization_machine(X, w0, w, V):
    s = (X @ V).sum(axis=1)
    s2 = ((X ** 2) @ (V ** 2)).sum(axis=1)
    return w0 + X @ w + 0.5 * (s ** 2 - s2)
