"""Inputs for conv_bn_relu: x [N, C, H, W], conv weight [O, C, kh, kw] and bias [O] (or None),
BatchNorm2d(O) gamma, beta, running_mean, running_var [O], stride, padding, eps.

x is N(0, 1) and the weight N(0, wscale^2 / fan_in), so each conv output channel has a batch
variance near wscale^2 (less where padding zeros enter). The running statistics are those of
a trained BN but not of this batch: running_mean is the conv bias plus N(0, (0.5 wscale)^2),
running_var is wscale^2 * U(0.3, 3) (so batch statistics give other values). gamma is
U(0.5, 2) with random signs and beta N(0, 0.5^2): about half the outputs are clipped by the
ReLU. ``wscale`` small (0.01) makes the placement of eps matter. stride and padding are an int
or, with ``pair: true`` or a list value, a pair. ``layout: channels_last`` passes x as a
non-contiguous NCHW view of NHWC memory.
"""

import numpy as np
import torch


def _arg(v, as_pair):
    if isinstance(v, (list, tuple)):
        return [int(v[0]), int(v[1])]
    return [int(v), int(v)] if as_pair else int(v)


def generate(rng, N=1, C=2, H=5, W=5, O=3, kh=3, kw=None, stride=1, padding=0, bias=True, dtype="float32",
             wscale=1.0, eps=1e-5, pass_eps=True, layout="contiguous", pair=False, omit_defaults=False):
    kw = kh if kw is None else kw
    dt = np.dtype(dtype)

    def t(a):
        return torch.from_numpy(np.ascontiguousarray(a, dtype=dt))

    x = rng.normal(0.0, 1.0, (N, C, H, W))
    if layout == "channels_last":
        xt = t(x.transpose(0, 2, 3, 1)).permute(0, 3, 1, 2)
    else:
        xt = t(x)
    w = rng.normal(0.0, wscale / np.sqrt(C * kh * kw), (O, C, kh, kw))
    b = rng.normal(0.0, wscale, O) if bias else np.zeros(O)
    out = {"x": xt, "weight": t(w), "bias": t(b) if bias else None,
           "gamma": t(rng.uniform(0.5, 2.0, O) * rng.choice([-1.0, 1.0], O)),
           "beta": t(rng.normal(0.0, 0.5, O)),
           "running_mean": t(b + rng.normal(0.0, 0.5 * wscale, O)),
           "running_var": t(wscale ** 2 * rng.uniform(0.3, 3.0, O))}
    if omit_defaults:
        return out
    out["stride"] = _arg(stride, pair)
    out["padding"] = _arg(padding, pair)
    if pass_eps:
        out["eps"] = float(eps)
    return out
