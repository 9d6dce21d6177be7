# mistake: divides by ||x|| ||y|| + eps instead of max(||x|| ||y||, eps)
# 错误：分母用 ||x|| ||y|| + eps，而不是 max(||x|| ||y||, eps)
"""Formula off by a small term: ||x|| ||y|| + eps instead of max(||x|| ||y||, eps)."""
import numpy as np


def cosine_similarity(X, Y):
    nx = np.linalg.norm(X, axis=1, keepdims=True)
    ny = np.linalg.norm(Y, axis=1, keepdims=True)
    return (X @ Y.T) / (nx * ny.T + 1e-8)
