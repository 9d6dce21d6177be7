"""Inputs for conv2d: x [N, C, H, W], weight [O, C/groups, kh, kw], optional bias [O].

Weights are scaled by 1/sqrt(fan_in) so outputs are O(1). stride, padding and
dilation are passed as an int or as a pair (``pair: list`` sends [a, b], which is
also how a tuple arrives). ``layout: channels_last`` sends x as a non-contiguous
NCHW view of an NHWC array.
"""

import numpy as np


def _arg(v, as_pair):
    if isinstance(v, (list, tuple)):
        return [int(v[0]), int(v[1])]
    return [int(v), int(v)] if as_pair else int(v)


def generate(rng, N=1, C=1, H=5, W=5, O=1, kh=3, kw=None, stride=1, padding=0, dilation=1,  # noqa: E741
             groups=1, bias=True, dtype="float32", layout="contiguous", pair=False, fixed=None,
             omit_defaults=False):
    kw = kh if kw is None else kw
    if C % groups or O % groups:
        raise ValueError("groups must divide C and O")
    if fixed == "small_ints":  # readable examples: small integers, exact in any precision
        x = rng.integers(-3, 4, (N, C, H, W)).astype(np.float64)
        w = rng.integers(-2, 3, (O, C // groups, kh, kw)).astype(np.float64)
        b = rng.integers(-2, 3, O) + 0.5
    else:
        x = rng.normal(0.0, 1.0, (N, C, H, W))
        fan_in = (C // groups) * kh * kw
        w = rng.normal(0.0, 1.0 / np.sqrt(fan_in), (O, C // groups, kh, kw))
        b = rng.normal(0.0, 1.0, O)
    x = x.astype(dtype)
    if layout == "channels_last":
        x = np.ascontiguousarray(x.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)
    out = {"x": x, "weight": w.astype(dtype)}
    if bias:
        out["bias"] = b.astype(dtype)
    elif bias is None:  # bias=None passed explicitly
        out["bias"] = None
    if omit_defaults:  # call conv2d(x, weight[, bias]) and rely on the defaults
        return out
    out["stride"] = _arg(stride, pair)
    out["padding"] = _arg(padding, pair)
    out["dilation"] = _arg(dilation, pair)
    out["groups"] = int(groups)
    return out
