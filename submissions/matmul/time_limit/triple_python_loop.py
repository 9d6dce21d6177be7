"""Correct, but the textbook triple Python loop: one iteration per (i, j, k)."""
import numpy as np


def matmul(A, B):
    a, b = A.tolist(), B.tolist()
    n, k, m = A.shape[0], A.shape[1], B.shape[1]
    C = [[0.0] * m for _ in range(n)]
    for i in range(n):
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            C[i][j] = s
    return np.array(C, dtype=np.result_type(A, B)).reshape(n, m)
