"""A second style, as torch computes it: sqrt(clamp(||x||^2 * ||y||^2, eps^2)) from squared norms.

The product itself goes through X @ Y.T (BLAS): np.einsum("nd,md->nm") without optimize=True
does not, and is several times slower on the timing cases.
"""
import numpy as np


def cosine_similarity(X, Y):
    w1 = np.einsum("nd,nd->n", X, X)
    w2 = np.einsum("md,md->m", Y, Y)
    denom = np.sqrt(np.clip(w1[:, None] * w2[None, :], 1e-16, None))
    return (X @ Y.T) / denom
