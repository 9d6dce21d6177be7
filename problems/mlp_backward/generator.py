"""Inputs for mlp_backward: x [N, D_in], W1 [D_in, H], b1 [H], W2 [H, D_out], b2 [D_out],
t [N, D_out], one float dtype.

``mode: random``: Gaussian inputs and weights scaled so that pre-activations are O(1) and
about half of them negative (the relu mask matters), biases nonzero; a sample with a
pre-activation within ``GAP`` of 0 is drawn again, so that float32 rounding in any order of
summation never flips the mask (exact zeros occur only in integer mode). ``mode: integer``:
small integers everywhere, so that many pre-activations are exactly 0 (relu'(0) = 0 shows;
every product is exact in any float dtype). ``layout: fortran`` passes x as a
non-contiguous (column-major) array.
"""

import numpy as np

GAP = 1e-3  # |x @ W1 + b1| at least this far from 0 in random mode


def generate(rng, N=4, D_in=3, H=5, D_out=2, dtype="float32", mode="random", layout="contiguous"):
    if mode == "integer":
        x = rng.integers(-2, 3, (N, D_in))
        W1 = rng.integers(-1, 2, (D_in, H))
        b1 = rng.integers(-1, 2, H)
        W2 = rng.integers(-2, 3, (H, D_out))
        b2 = rng.integers(-1, 2, D_out)
        t = rng.integers(-3, 4, (N, D_out))
    else:
        x = rng.standard_normal((N, D_in))
        W1 = rng.standard_normal((D_in, H)) / np.sqrt(D_in)
        b1 = rng.normal(0.0, 0.3, H)
        W2 = rng.standard_normal((H, D_out)) / np.sqrt(H)
        b2 = rng.normal(0.0, 0.3, D_out)
        t = rng.standard_normal((N, D_out))
        x, W1, b1 = (a.astype(dtype) for a in (x, W1, b1))  # checked as they will be given
        rows = np.arange(N)
        for _ in range(200):
            rows = rows[(np.abs(x[rows] @ W1 + b1) < GAP).any(axis=1)]
            if rows.size == 0:
                break
            x[rows] = rng.standard_normal((rows.size, D_in))
        else:
            raise RuntimeError("could not keep the pre-activations away from 0")
    out = {k: np.asarray(v).astype(dtype) for k, v in
           (("x", x), ("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2), ("t", t))}
    if layout == "fortran":
        out["x"] = np.asfortranarray(out["x"])
    return out
