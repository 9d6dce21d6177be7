"""A second style: the pairwise sum written as 0.5 * (x^T G x - sum_i G_ii x_i^2) with G = V V^T, via einsum."""
import numpy as np


def factorization_machine(X, w0, w, V):
    G = V @ V.T
    full = np.einsum("bi,ij,bj->b", X, G, X, optimize=True)
    diag = (X * X) @ np.diag(G)
    return (w0 + X @ w + 0.5 * (full - diag)).astype(X.dtype)
