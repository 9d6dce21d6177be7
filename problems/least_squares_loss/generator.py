"""Inputs for least_squares_loss: points [N, 2] (columns x, y; float32 or float64), w, b
(Python floats).

Random points scatter around a true line; the line asked about is another one, so residuals
are of the size of the data (a float32 computation stays accurate). ``exact`` puts integer
points exactly on an integer line (loss 0 in any arithmetic).
"""

import numpy as np

FIXED = {
    # (points, w, b)
    "example": ([[0.0, 1.0], [1.0, 3.0], [2.0, 4.0], [3.0, 8.0]], 2.0, 1.0),
    "example_flat": ([[-1.0, 0.5], [0.0, -0.5], [4.0, 2.0]], 0.0, 0.0),
}


def generate(rng, mode="random", N=20, dtype="float32", scale=3.0, noise=1.0, offset=0.0,
             layout="contiguous"):
    if mode in FIXED:
        pts, w, b = FIXED[mode]
        return {"points": np.asarray(pts, dtype=dtype), "w": float(w), "b": float(b)}
    if mode == "exact":
        x = rng.integers(-20, 21, N).astype(np.float64)
        w, b = float(rng.integers(-5, 6)), float(rng.integers(-10, 11))
        pts = np.stack([x, w * x + b], axis=1)
    else:
        x = offset + scale * rng.uniform(-1, 1, N)
        wt, bt = rng.uniform(-3, 3), rng.uniform(-3, 3)
        y = wt * (x - offset) + bt + noise * rng.standard_normal(N)
        pts = np.stack([x, y], axis=1)
        w = float(np.float32(wt + rng.uniform(-1, 1)))
        b = float(np.float32(bt - w * offset + rng.uniform(-1, 1)))
    pts = pts.astype(dtype)
    if layout == "columns":  # a [N, 2] view of an array stored as [2, N]
        pts = np.ascontiguousarray(pts.T).T
    return {"points": pts, "w": w, "b": b}
