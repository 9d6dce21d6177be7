import numpy as np


def matmul(A, B):
    """Blocks of rows of A: broadcast A[rows, None, :] * B^T[None, :, :] and sum over the last
    axis (contiguous, pairwise-summed), a block small enough to keep the temporary in cache."""
    n, k = A.shape
    m = B.shape[1]
    out = np.empty((n, m), dtype=np.result_type(A, B))
    if n == 0 or m == 0:
        return out
    bt = np.ascontiguousarray(B.T)
    step = max(1, 32768 // max(m * k, 1))
    for i in range(0, n, step):
        np.sum(A[i:i + step, None, :] * bt[None, :, :], axis=-1, out=out[i:i + step])
    return out
