"""Inputs for label_smoothing_cross_entropy: logits [N, C] (float32/float64), int64 targets [N].

``mode``: ``basic`` (a fixed 3x4 example), ``random`` (logits N(0, scale^2)), ``large``
(logits uniform in [-1000, 1000] shifted per row by up to 1e4: exp overflows without a
max subtraction), ``confident`` (the true class 12 above the others). ``smoothing`` is passed
only when given.
"""

import numpy as np
import torch


def generate(rng, mode="random", n=8, c=5, dtype="float32", scale=2.0, smoothing=None, layout="contiguous"):
    if mode == "basic":
        x = np.array([[2.0, 1.0, 0.1, -1.0], [0.5, 2.5, 0.3, 0.0], [-1.0, 0.0, 1.0, 3.0]])
        t = np.array([0, 1, 2])
    else:
        t = rng.integers(0, c, size=n)
        if mode == "random":
            x = rng.standard_normal((n, c)) * scale
        elif mode == "large":
            x = rng.uniform(-1000, 1000, size=(n, c)) + rng.uniform(-1e4, 1e4, size=(n, 1))
        elif mode == "confident":
            x = rng.standard_normal((n, c))
            x[np.arange(n), t] += 12.0
        else:
            raise ValueError(mode)
    if layout == "transposed":  # a view of an array stored transposed
        xt = torch.from_numpy(np.ascontiguousarray(x.T).astype(dtype)).T
    else:
        xt = torch.from_numpy(np.ascontiguousarray(x).astype(dtype))
    out = {"logits": xt, "targets": torch.from_numpy(t.astype(np.int64))}
    if smoothing is not None:
        out["smoothing"] = smoothing
    return out
