"""A loop over K only: C accumulates the outer product of column k of A and row k of B."""
import numpy as np


def matmul(A, B):
    n, k = A.shape
    C = np.zeros((n, B.shape[1]), dtype=np.result_type(A, B))
    for t in range(k):
        C += A[:, t, None] * B[t]
    return C
