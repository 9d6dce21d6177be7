"""Inputs for focal_loss: logits and {0, 1} targets of one shape and float dtype.

``mode``: ``random`` (logits N(0, scale^2)), ``extreme`` (logits of +-50..200, half of
them on the wrong side: log(sigmoid(x)) underflows to -inf in float32), ``basic``
(a fixed example). Keyword arguments alpha / gamma / reduction are passed only when given.
"""

import numpy as np
import torch


def generate(rng, mode="random", shape=(4, 5), dtype="float32", scale=3.0, pos=0.3, alpha=None,
             gamma=None, reduction=None, layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    if mode == "basic":
        x = np.array([[2.0, -1.0, 0.5], [-3.0, 4.0, 0.0]])
        t = np.array([[1.0, 0.0, 0.0], [1.0, 1.0, 0.0]])
    elif mode == "random":
        x = rng.standard_normal(shape) * scale
        t = (rng.random(shape) < pos).astype(float)
    elif mode == "extreme":
        x = rng.uniform(50, 200, size=shape) * rng.choice([-1.0, 1.0], size=shape)
        t = (rng.random(shape) < 0.5).astype(float)
    else:
        raise ValueError(mode)
    if layout == "transposed":  # a view of an array stored transposed
        xt = torch.from_numpy(np.ascontiguousarray(x.T).astype(dtype)).T
        tt = torch.from_numpy(np.ascontiguousarray(t.T).astype(dtype)).T
    else:
        xt = torch.from_numpy(x.astype(dtype))
        tt = torch.from_numpy(t.astype(dtype))
    out = {"inputs": xt, "targets": tt}
    for k, v in (("alpha", alpha), ("gamma", gamma), ("reduction", reduction)):
        if v is not None:
            out[k] = v
    return out
