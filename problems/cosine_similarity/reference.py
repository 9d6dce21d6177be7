import numpy as np

EPS = 1e-8


def cosine_similarity(X, Y):
    """x.y / max(||x|| * ||y||, 1e-8) for every pair of rows: one matrix product and an outer
    product of the row norms (the torch.nn.functional.cosine_similarity convention)."""
    nx = np.sqrt(np.einsum("ij,ij->i", X, X))
    ny = np.sqrt(np.einsum("ij,ij->i", Y, Y))
    denom = nx[:, None] * ny[None, :]
    np.maximum(denom, EPS, out=denom)
    out = X @ Y.T
    out /= denom
    return out
