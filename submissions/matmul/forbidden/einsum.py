"""Uses np.einsum, a matrix product under another name."""
import numpy as np


def matmul(A, B):
    return np.einsum("ik,kj->ij", A, B)
