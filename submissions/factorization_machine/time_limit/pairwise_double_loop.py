"""Correct but O(N n^2 k): the definition's double loop over feature pairs, in Python, per sample."""
import numpy as np


def factorization_machine(X, w0, w, V):
    N, n = X.shape
    out = np.empty(N, dtype=X.dtype)
    for s in range(N):
        x = X[s]
        acc = w0 + float(x @ w)
        for i in range(n):
            for j in range(i + 1, n):
                acc += float(V[i] @ V[j]) * x[i] * x[j]
        out[s] = acc
    return out
