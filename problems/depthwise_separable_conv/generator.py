"""Inputs for depthwise_separable_conv: x [N, C, H, W], dw_weight [C, 1, kh, kw],
dw_bias [C] or None, pw_weight [O, C, 1, 1], pw_bias [O] or None, stride, padding.

Weights are scaled by 1/sqrt(fan_in) so outputs are O(1); the depthwise kernels differ
from channel to channel and are not symmetric (a flipped kernel or a kernel shared across
channels gives other values). stride and padding are an int or, with ``pair: true`` or a
list value, a pair [along H, along W]. ``dw_bias`` / ``pw_bias``: true (drawn) or false
(None passed). ``layout: channels_last`` sends x as a non-contiguous NCHW view of NHWC memory.
"""

import numpy as np


def _arg(v, as_pair):
    if isinstance(v, (list, tuple)):
        return [int(v[0]), int(v[1])]
    return [int(v), int(v)] if as_pair else int(v)


def generate(rng, N=1, C=2, H=5, W=5, O=2, kh=3, kw=None, stride=1, padding=0, dw_bias=True,
             pw_bias=True, dtype="float32", layout="contiguous", pair=False, fixed=None, omit_defaults=False):
    kw = kh if kw is None else kw
    if fixed == "small_ints":  # readable examples: small integers, exact in any precision
        x = rng.integers(-3, 4, (N, C, H, W)).astype(np.float64)
        dw = rng.integers(-2, 3, (C, 1, kh, kw)).astype(np.float64)
        db = rng.integers(-2, 3, C) + 0.5
        pw = rng.integers(-2, 3, (O, C, 1, 1)).astype(np.float64)
        pb = rng.integers(-2, 3, O) + 0.5
    else:
        x = rng.normal(0.0, 1.0, (N, C, H, W))
        dw = rng.normal(0.0, 1.0 / np.sqrt(kh * kw), (C, 1, kh, kw))
        db = rng.normal(0.0, 0.5, C)
        pw = rng.normal(0.0, 1.0 / np.sqrt(C), (O, C, 1, 1))
        pb = rng.normal(0.0, 0.5, O)
    x = x.astype(dtype)
    if layout == "channels_last":
        x = np.ascontiguousarray(x.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)
    out = {"x": x, "dw_weight": dw.astype(dtype), "dw_bias": db.astype(dtype) if dw_bias else None,
           "pw_weight": pw.astype(dtype), "pw_bias": pb.astype(dtype) if pw_bias else None}
    if omit_defaults:  # rely on stride=1, padding=0
        return out
    out["stride"] = _arg(stride, pair)
    out["padding"] = _arg(padding, pair)
    return out
