# mistake: subtracts X (V^2) instead of (X^2)(V^2): x_i is not squared
# 错误：减去的是 X (V^2) 而不是 (X^2)(V^2)：x_i 没有平方
"""Classic mistake: the subtracted term uses X (not X^2) times V^2, i.e. sum_i x_i |v_i|^2."""
import numpy as np


def factorization_machine(X, w0, w, V):
    s = X @ V
    return w0 + X @ w + 0.5 * np.sum(s ** 2 - X @ (V ** 2), axis=1)
