"""A second style: one row of C at a time, (A[i][:, None] * B).sum(axis=0), a loop over N only."""
import numpy as np


def matmul(A, B):
    n = A.shape[0]
    C = np.zeros((n, B.shape[1]), dtype=np.result_type(A, B))
    for i in range(n):
        C[i] = (A[i][:, None] * B).sum(axis=0)
    return C
