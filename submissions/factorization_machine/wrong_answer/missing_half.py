# mistake: drops the 0.5 of the identity, so every pair i<j is counted twice
# 错误：漏掉恒等式中的 0.5，每个 i<j 的特征对被算了两次
"""Classic mistake: drops the 0.5, so every pair i<j is counted twice."""
import numpy as np


def factorization_machine(X, w0, w, V):
    s = X @ V
    return w0 + X @ w + np.sum(s ** 2 - (X ** 2) @ (V ** 2), axis=1)
