"""Inputs for rms_norm: x [..., D], weight [D] (same dtype), eps.

``mode`` shapes the values: ``normal`` (N(shift, scale^2)), ``zero_row`` (the first
row all zeros), ``tiny`` (|x| around 1e-3, where eps is as large as the mean square).
Half-precision inputs are drawn in float32 and rounded once.
"""

import numpy as np
import torch


def generate(rng, shape=(2, 8), dtype="float32", mode="normal", scale=1.0, shift=0.0, eps=1e-6,
             pass_eps=True, layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    if layout == "transposed":  # last two axes swapped in memory
        raw = rng.standard_normal(shape[:-2] + (shape[-1], shape[-2])).swapaxes(-1, -2)
    else:
        raw = rng.standard_normal(shape)
    x = raw * scale + shift
    if mode == "zero_row":
        x[(0,) * (len(shape) - 1)] = 0.0
    elif mode == "tiny":
        x = raw * 1e-3
    weight = 1.0 + 0.5 * rng.standard_normal(shape[-1])
    if dtype in ("float32", "float64"):
        to_t = lambda a: torch.from_numpy(np.asarray(a, dtype=dtype))  # noqa: E731
    else:
        to_t = lambda a: torch.from_numpy(np.asarray(a, dtype=np.float32)).to(getattr(torch, dtype))  # noqa: E731
    if layout == "transposed":
        xt = to_t(np.ascontiguousarray(np.swapaxes(x, -1, -2))).transpose(-1, -2)
    else:
        xt = to_t(x)
    out = {"x": xt, "weight": to_t(weight)}
    if pass_eps:
        out["eps"] = float(eps)
    return out
