"""Classic mistake: B.reshape(M, K) taken for B.T; same shape, entries in the wrong places."""
import numpy as np


def matmul(A, B):
    k, m = B.shape
    bt = B.reshape(m, k)
    return (A[:, None, :] * bt[None, :, :]).sum(axis=-1)
