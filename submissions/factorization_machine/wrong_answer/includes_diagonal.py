# mistake: does not subtract the squared term, so the self-pairs i=j (x_i^2 |v_i|^2) are included
# 错误：没有减去平方项，把 i=j 的自身组合（x_i^2 |v_i|^2）也算了进去
"""Classic mistake: no subtraction of the squared term, so the pairs i=j (x_i^2 |v_i|^2) are included."""
import numpy as np


def factorization_machine(X, w0, w, V):
    s = X @ V
    return w0 + X @ w + 0.5 * np.sum(s ** 2, axis=1)
