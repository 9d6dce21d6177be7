"""Inputs for quality_focal_loss: logits and soft targets [N, C] of one float dtype.

``mode``:
- ``basic``: a fixed 2x3 example;
- ``random``: logits N(0, scale^2); dense-detector targets: most entries 0, a fraction ``pos``
  of them a quality score uniform in (0, 1) (IoU-like), a few exactly 1;
- ``soft``: every target uniform in [0, 1] (the ordinary focal factor differs most here);
- ``extreme``: logits of +-50..200 with soft targets: log(sigmoid(x)) underflows to -inf.
``beta`` is passed only when given.
"""

import numpy as np
import torch


def generate(rng, mode="random", n=8, c=5, dtype="float32", scale=3.0, pos=0.3, beta=None, layout="contiguous"):
    if mode == "basic":
        x = np.array([[2.0, -1.0, 0.5], [-3.0, 4.0, 0.0]])
        y = np.array([[0.8, 0.0, 0.0], [0.0, 0.6, 0.3]])
    elif mode == "random":
        x = rng.standard_normal((n, c)) * scale
        y = np.where(rng.random((n, c)) < pos, rng.uniform(0.05, 1.0, size=(n, c)), 0.0)
        y[rng.random((n, c)) < 0.05] = 1.0
    elif mode == "soft":
        x = rng.standard_normal((n, c)) * scale
        y = rng.random((n, c))
    elif mode == "extreme":
        x = rng.uniform(50, 200, size=(n, c)) * rng.choice([-1.0, 1.0], size=(n, c))
        y = rng.uniform(0.1, 0.9, size=(n, c))
    else:
        raise ValueError(mode)
    if layout == "transposed":  # a view of an array stored transposed
        xt = torch.from_numpy(np.ascontiguousarray(x.T).astype(dtype)).T
        yt = torch.from_numpy(np.ascontiguousarray(y.T).astype(dtype)).T
    else:
        xt = torch.from_numpy(np.ascontiguousarray(x).astype(dtype))
        yt = torch.from_numpy(np.ascontiguousarray(y).astype(dtype))
    out = {"pred": xt, "target": yt}
    if beta is not None:
        out["beta"] = beta
    return out
