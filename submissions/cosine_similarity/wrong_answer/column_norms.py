"""Classic mistake: norms over axis 0 (per feature column) instead of per row; [D] broadcasts silently."""
import numpy as np


def cosine_similarity(X, Y):
    Xn = X / np.maximum(np.linalg.norm(X, axis=0), 1e-8)
    Yn = Y / np.maximum(np.linalg.norm(Y, axis=0), 1e-8)
    return Xn @ Yn.T
