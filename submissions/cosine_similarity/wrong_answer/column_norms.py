# mistake: computes norms over axis 0 (per feature column) instead of per row (axis 1)
# 错误：沿 axis 0（按特征列）求范数，而不是按行（axis 1）
"""Classic mistake: norms over axis 0 (per feature column) instead of per row; [D] broadcasts silently."""
import numpy as np


def cosine_similarity(X, Y):
    Xn = X / np.maximum(np.linalg.norm(X, axis=0), 1e-8)
    Yn = Y / np.maximum(np.linalg.norm(Y, axis=0), 1e-8)
    return Xn @ Yn.T
