"""Inputs for hinge_loss: scores [N, C] (float32 / float64), int labels [N], optional delta.

``mode``: ``basic`` (the CS231n three-image example), ``random`` (scores N(0, scale^2)),
``separable`` (every true score beats the others by more than delta: loss 0),
``ties`` (some other class scores exactly the true score: that term is delta),
``one_violator`` (exactly one other class per row inside the margin, the rest far below).
"""

import numpy as np


def generate(rng, mode="random", n=8, c=5, dtype="float32", scale=1.0, delta=None,
             label_dtype="int64", layout="contiguous"):
    d = 1.0 if delta is None else float(delta)
    if mode == "basic":
        s = np.array([[3.2, 5.1, -1.7], [1.3, 4.9, 2.0], [2.2, 2.5, -3.1]])
        y = np.array([0, 1, 2])
    else:
        y = rng.integers(0, c, size=n)
        rows = np.arange(n)
        if mode == "random":
            s = rng.standard_normal((n, c)) * scale
        elif mode == "separable":
            s = rng.standard_normal((n, c))
            s[rows, y] = s.max(axis=1) + d + rng.uniform(0.5, 2.0, size=n)
        elif mode == "ties":
            s = np.round(rng.standard_normal((n, c)) * 4) / 4
            other = (y + rng.integers(1, c, size=n)) % c
            s[rows, other] = s[rows, y]
        elif mode == "one_violator":
            s = rng.standard_normal((n, c)) - 10.0
            s[rows, y] = rng.standard_normal(n)
            other = (y + rng.integers(1, c, size=n)) % c
            s[rows, other] = s[rows, y] + rng.uniform(-0.9, 2.0, size=n) * d
        else:
            raise ValueError(mode)
    s = s.astype(dtype)
    if layout == "transposed":
        s = np.ascontiguousarray(s.T).T
    out = {"scores": s, "labels": y.astype(label_dtype)}
    if delta is not None:
        out["delta"] = d
    return out
