"""Inputs for matmul: A [N, K] and B [K, M] of one dtype (float32 or float64).

Any of N, K, M may be 0 (K = 0: the product is all zeros). Random entries are normal times
``scale`` plus ``offset``; A may be a transposed view and B a strided view.
"""

import numpy as np


def _layout(x, layout, rng):
    if layout == "transposed":  # a view of an array stored with the axes reversed
        return np.ascontiguousarray(x.T).T
    if layout == "strided":  # every other column of a wider buffer
        base = rng.standard_normal((x.shape[0], 2 * x.shape[1])).astype(x.dtype)
        base[:, ::2] = x
        return base[:, ::2]
    return x


def generate(rng, mode="random", n=3, k=4, m=5, dtype="float32", scale=1.0, offset=0.0,
             layout_a="contiguous", layout_b="contiguous"):
    n, k, m = int(n), int(k), int(m)
    if mode == "example":
        A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
        B = np.array([[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]])
    elif mode == "random":  # drawn in the target dtype: the timing inputs are large
        dt = np.dtype(dtype).type
        A = rng.standard_normal((n, k), dtype=dt) * dt(scale) + dt(offset)
        B = rng.standard_normal((k, m), dtype=dt) * dt(scale) + dt(offset)
    elif mode == "integers":  # small integers: the product is exact in any order
        A = rng.integers(-9, 10, size=(n, k)).astype(float)
        B = rng.integers(-9, 10, size=(k, m)).astype(float)
    else:
        raise ValueError(mode)
    A = _layout(np.asarray(A).astype(dtype), layout_a, rng)
    B = _layout(np.asarray(B).astype(dtype), layout_b, rng)
    return {"A": A, "B": B}
