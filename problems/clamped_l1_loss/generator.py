"""Inputs for clamped_l1_loss: pred and target of one shape and float dtype, bounds lo <= hi.

``mode``:
- ``basic``: a fixed 2x4 example with lo = 0, hi = 1;
- ``random``: pred N(0, scale^2), target N(0, (scale/2)^2) + noise, so that predictions fall on
  both sides of the range and a fraction ``outside`` of the targets lies outside [lo, hi];
- ``inside``: every prediction inside [lo, hi] (the clamp changes nothing).
``lo`` and ``hi`` are always passed.
"""

import numpy as np
import torch


def generate(rng, mode="random", shape=(4, 5), dtype="float32", lo=-1.0, hi=1.0, scale=2.0, outside=0.3,
             layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    if mode == "basic":
        x = np.array([[-0.5, 0.2, 1.7, 0.9], [2.5, -2.0, 0.5, 1.0]])
        y = np.array([[0.0, 0.5, 1.0, 1.4], [0.8, -0.3, 0.5, 0.2]])
        lo, hi = 0.0, 1.0
    else:
        width = hi - lo
        if mode == "random":
            x = lo + width / 2 + rng.standard_normal(shape) * scale
        elif mode == "inside":
            x = rng.uniform(lo, hi, size=shape)
        else:
            raise ValueError(mode)
        y = rng.uniform(lo, hi, size=shape)
        out = rng.random(shape) < outside  # targets outside the range: below lo or above hi
        side = rng.random(shape) < 0.5
        far = rng.uniform(0.1, 1.0, size=shape) * max(width, 1.0) * 2
        y = np.where(out & side, lo - far, np.where(out, hi + far, y))
    if layout == "transposed":  # a view of an array stored transposed
        xt = torch.from_numpy(np.ascontiguousarray(x.T).astype(dtype)).T
        yt = torch.from_numpy(np.ascontiguousarray(y.T).astype(dtype)).T
    else:
        xt = torch.from_numpy(np.ascontiguousarray(x).astype(dtype))
        yt = torch.from_numpy(np.ascontiguousarray(y).astype(dtype))
    return {"pred": xt, "target": yt, "lo": float(lo), "hi": float(hi)}
