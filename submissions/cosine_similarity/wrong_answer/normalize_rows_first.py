"""Clamps each norm separately (normalise rows with max(||x||, eps), then one matrix product).

For a pair of tiny rows (||x|| ||y|| < eps) this gives the plain cosine, not x.y / eps.
"""
import numpy as np


def cosine_similarity(X, Y):
    Xn = X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-8)
    Yn = Y / np.maximum(np.linalg.norm(Y, axis=1, keepdims=True), 1e-8)
    return Xn @ Yn.T
