"""Inputs for factorization_machine: X [N, n], w0 (Python float), w [n], V [n, k], one dtype.

Modes: ``random`` (X standard normal times ``scale``, optionally with a fraction ``sparse``
of zeros, V of scale ~1/sqrt(k)), ``one_hot`` (each row two distinct features set to 1, as
in categorical recommender data), ``no_linear`` (w0 = 0 and w = 0: only the pairwise term),
``example`` (a tiny fixed case).
"""

import numpy as np


def generate(rng, mode="random", N=4, n=5, k=2, dtype="float32", scale=1.0, sparse=0.0,
             layout="contiguous"):
    if mode == "example":
        X = np.array([[1.0, 2.0, 0.0], [0.5, -1.0, 3.0]])
        w0 = 0.5
        w = np.array([0.1, -0.2, 0.3])
        V = np.array([[1.0, 0.0], [0.5, 1.0], [-1.0, 2.0]])
        return {"X": X.astype(dtype), "w0": w0, "w": w.astype(dtype), "V": V.astype(dtype)}
    if mode == "one_hot":
        X = np.zeros((N, n))
        for r in range(N):
            X[r, rng.choice(n, size=2, replace=False)] = 1.0
    else:
        X = rng.standard_normal((N, n)) * scale
        if sparse > 0:
            X[rng.random((N, n)) < sparse] = 0.0
    V = rng.standard_normal((n, k)) / np.sqrt(k)
    if mode == "no_linear":
        w0, w = 0.0, np.zeros(n)
    else:
        w0, w = float(np.round(rng.standard_normal(), 3)), rng.standard_normal(n) * 0.5
    X = X.astype(dtype)
    if layout == "fortran":
        X = np.asfortranarray(X)
    return {"X": X, "w0": w0, "w": w.astype(dtype), "V": V.astype(dtype)}
