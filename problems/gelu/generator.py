"""Inputs for gelu: x (float32/float64 tensor, any shape) and optionally ``approximate``.

Modes: ``random`` (standard normal times ``scale``), ``wide`` (uniform magnitudes up to 1e4
of both signs, plus exactly +-1e4), ``band`` (uniform in [low, high]), ``example`` (a fixed
vector). ``approximate=None`` leaves the argument out (its default "none" is tested).
"""

import numpy as np
import torch


def generate(rng, mode="random", shape=(4, 8), dtype="float32", scale=3.0, low=-6.0, high=6.0,
             approximate="none", layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    if mode == "example":
        x = np.array([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0])
    elif mode == "random":
        dt = np.dtype(dtype).type
        x = rng.standard_normal(shape, dtype=dt) * dt(scale)
    elif mode == "wide":
        x = rng.uniform(-1e4, 1e4, size=shape)
        x.reshape(-1)[:2] = [-1e4, 1e4]
    elif mode == "band":
        x = rng.uniform(low, high, size=shape)
    else:
        raise ValueError(mode)
    x = np.asarray(x, dtype=dtype)
    if layout == "transposed":
        t = torch.from_numpy(np.ascontiguousarray(x.T)).T
    else:
        t = torch.from_numpy(x)
    out = {"x": t}
    if approximate is not None:
        out["approximate"] = approximate
    return out
