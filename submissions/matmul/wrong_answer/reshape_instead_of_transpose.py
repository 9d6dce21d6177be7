# mistake: uses B.reshape(M, K) as if it were B.T: same shape, but entries end up in the wrong places
# 错误：把 B.reshape(M, K) 当作 B.T 用：形状相同，但元素位置是错的
"""Classic mistake: B.reshape(M, K) taken for B.T; same shape, entries in the wrong places."""
import numpy as np


def matmul(A, B):
    k, m = B.shape
    bt = B.reshape(m, k)
    return (A[:, None, :] * bt[None, :, :]).sum(axis=-1)
