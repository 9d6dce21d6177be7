"""Inputs for cosine_similarity: X [N, D] and Y [M, D] of one dtype (float32 or float64), D >= 1.

``zero_rows`` puts all-zero rows in both; ``tiny`` mixes rows of norm about 1e-5 with ordinary
ones (a pair of tiny rows has ||x|| ||y|| = 1e-10, below eps = 1e-8); ``parallel`` makes rows of Y
positive or negative multiples of rows of X (similarity exactly +-1).
"""

import numpy as np


def _layout(x, layout):
    if layout == "transposed":  # a [N, D] view of an array stored as [D, N]
        return np.ascontiguousarray(x.T).T
    return x


def _unit_rows(rng, k, d):
    v = rng.standard_normal((k, d))
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def generate(rng, mode="random", n=4, m=5, d=3, dtype="float32", scale=1.0, offset=0.0, layout="contiguous"):
    n, m, d = int(n), int(m), int(d)
    if mode == "example":
        X = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 0.0]])
        Y = np.array([[2.0, 0.0], [0.0, 3.0], [-1.0, -1.0]])
    elif mode == "random":  # drawn in the target dtype: the timing inputs are large
        dt = np.dtype(dtype).type
        X = rng.standard_normal((n, d), dtype=dt) * dt(scale) + dt(offset)
        Y = rng.standard_normal((m, d), dtype=dt) * dt(scale) + dt(offset)
    elif mode == "zero_rows":
        X = rng.standard_normal((n, d)) * scale
        Y = rng.standard_normal((m, d)) * scale
        X[rng.random(n) < 0.3] = 0
        Y[rng.random(m) < 0.3] = 0
        X[0] = 0
        Y[-1] = 0
    elif mode == "tiny":  # half the rows have norm in [0.5e-5, 2e-5]; never near the eps boundary
        X = rng.standard_normal((n, d)) * scale
        Y = rng.standard_normal((m, d)) * scale
        tx, ty = np.arange(n) % 2 == 0, np.arange(m) % 2 == 1
        X[tx] = _unit_rows(rng, int(tx.sum()), d) * rng.uniform(0.5e-5, 2e-5, size=(int(tx.sum()), 1))
        Y[ty] = _unit_rows(rng, int(ty.sum()), d) * rng.uniform(0.5e-5, 2e-5, size=(int(ty.sum()), 1))
    elif mode == "parallel":  # Y[j] = c * X[j] for the first min(n, m) rows, c of either sign
        X = rng.standard_normal((n, d)) * scale
        Y = rng.standard_normal((m, d)) * scale
        k = min(n, m)
        c = rng.uniform(0.5, 3.0, size=(k, 1)) * rng.choice([-1.0, 1.0], size=(k, 1))
        Y[:k] = X[:k] * c
    else:
        raise ValueError(mode)
    return {"X": _layout(np.asarray(X).astype(dtype), layout), "Y": np.asarray(Y).astype(dtype)}
