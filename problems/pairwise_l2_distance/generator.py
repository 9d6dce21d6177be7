"""Inputs for pairwise_l2_distance: X [N, D] and Y [M, D] of one dtype (float32 or float64), D >= 1.

Random rows are normal around an ``offset`` (far from the origin the expansion
||x||^2 + ||y||^2 - 2 x.y cancels badly). ``duplicates`` copies rows of X into Y exactly, so
rounding makes some squared distances slightly negative; ``near`` perturbs them slightly.
"""

import numpy as np


def _layout(x, layout):
    if layout == "transposed":  # a [N, D] view of an array stored as [D, N]
        return np.ascontiguousarray(x.T).T
    return x


def generate(rng, mode="random", n=4, m=5, d=3, dtype="float32", scale=1.0, offset=0.0, layout="contiguous"):
    n, m, d = int(n), int(m), int(d)
    if mode == "example":
        X = np.array([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]])
        Y = np.array([[0.0, 0.0], [6.0, 8.0]])
    elif mode == "random":  # drawn in the target dtype: the timing inputs are large
        dt = np.dtype(dtype).type
        X = rng.standard_normal((n, d), dtype=dt) * dt(scale) + dt(offset)
        Y = rng.standard_normal((m, d), dtype=dt) * dt(scale) + dt(offset)
    elif mode in ("duplicates", "near"):  # Y holds copies of rows of X (exact, or perturbed by 1e-4)
        X = rng.standard_normal((n, d)) * scale + offset
        Y = rng.standard_normal((m, d)) * scale + offset
        k = min(n, m)
        pick = rng.permutation(n)[:k]
        Y[rng.permutation(m)[:k]] = X[pick]
        X = X.astype(dtype)
        Y = Y.astype(dtype)
        if mode == "near":
            Y = (Y + rng.standard_normal(Y.shape) * 1e-4 * max(scale, 1.0)).astype(dtype)
    elif mode == "same":  # Y is X itself: the diagonal is 0
        X = (rng.standard_normal((n, d)) * scale + offset).astype(dtype)
        Y = X.copy()
    elif mode == "zero_rows":  # some rows of X and Y are all zeros
        X = rng.standard_normal((n, d)) * scale
        Y = rng.standard_normal((m, d)) * scale
        X[rng.random(n) < 0.4] = 0
        Y[rng.random(m) < 0.4] = 0
        X[0] = 0
        Y[-1] = 0
    else:
        raise ValueError(mode)
    return {"X": _layout(np.asarray(X).astype(dtype), layout), "Y": np.asarray(Y).astype(dtype)}
