"""Classic mistake: divides by ||x|| ||y|| with no guard; a zero row gives 0/0 = nan."""
import numpy as np


def cosine_similarity(X, Y):
    nx = np.linalg.norm(X, axis=1, keepdims=True)
    ny = np.linalg.norm(Y, axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (X @ Y.T) / (nx * ny.T)
