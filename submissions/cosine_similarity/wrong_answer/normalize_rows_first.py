# mistake: clamps each norm separately (max(||x||, eps) per row) instead of clamping the product max(||x|| ||y||, eps)
# 错误：对每行范数分别取 max(||x||, eps)，而不是对乘积取 max(||x|| ||y||, eps)
"""Clamps each norm separately (normalise rows with max(||x||, eps), then one matrix product).

For a pair of tiny rows (||x|| ||y|| < eps) this gives the plain cosine, not x.y / eps.
"""
import numpy as np


def cosine_similarity(X, Y):
    Xn = X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-8)
    Yn = Y / np.maximum(np.linalg.norm(Y, axis=1, keepdims=True), 1e-8)
    return Xn @ Yn.T
