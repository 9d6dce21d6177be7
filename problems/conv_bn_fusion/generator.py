"""Inputs for conv_bn_fusion: a conv's weight [O, C, kh, kw] and bias [O] (or None), and a
BatchNorm2d(O)'s gamma, beta, running_mean, running_var [O] and eps.

The conv weight is N(0, 1/fan_in); gamma is U(0.5, 2) with random signs, beta N(0, 1),
running_mean N(0, 1) (a trained BN's statistics of the conv's output), running_var
U(0.2, 3) * ``var_scale`` (small variances make the placement of eps matter).
``layout: channels_last`` passes the weight as a non-contiguous [O, C, kh, kw] view of
[O, kh, kw, C] memory. ``bias``: true (drawn) or false (None passed).
"""

import numpy as np
import torch


def generate(rng, O=4, C=3, kh=3, kw=None, bias=True, dtype="float32", var_scale=1.0, eps=1e-5,
             pass_eps=True, layout="contiguous"):
    kw = kh if kw is None else kw
    dt = np.dtype(dtype)

    def t(a):
        return torch.from_numpy(np.ascontiguousarray(a, dtype=dt))

    w = rng.normal(0.0, 1.0 / np.sqrt(C * kh * kw), (O, C, kh, kw))
    if layout == "channels_last":
        weight = t(w.transpose(0, 2, 3, 1)).permute(0, 3, 1, 2)
    else:
        weight = t(w)
    out = {"weight": weight, "bias": t(rng.normal(0.0, 0.5, O)) if bias else None,
           "gamma": t(rng.uniform(0.5, 2.0, O) * rng.choice([-1.0, 1.0], O)),
           "beta": t(rng.normal(0.0, 1.0, O)),
           "running_mean": t(rng.normal(0.0, 1.0, O)),
           "running_var": t(rng.uniform(0.2, 3.0, O) * var_scale)}
    if pass_eps:
        out["eps"] = float(eps)
    return out
