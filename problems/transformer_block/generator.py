"""Inputs for transformer_block: x [B, L, E], a dict of weights, num_heads, an optional mask.

Linear weights are N(0, 1/fan_in) (times ``wscale``), biases and LayerNorm
affine parameters are drawn away from their defaults so that every term matters.
``mask``: None, ``causal`` ([L, L], True on and below the diagonal) or ``padding``
([B, 1, 1, L], True for the real tokens of each sequence, at least one) or
``random`` ([B, H, L, L], the diagonal always True).
"""

import numpy as np
import torch


def generate(rng, b=1, l=3, e=4, h=2, f=8, dtype="float32", mask=None, xscale=1.0, wscale=1.0,
             qk_scale=1.0, layout="contiguous"):
    dt = getattr(np, dtype)
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a, dtype=dt))  # noqa: E731

    def lin(out_f, in_f, s=1.0):
        return t(rng.standard_normal((out_f, in_f)) * s * wscale / np.sqrt(in_f)), t(rng.standard_normal(out_f) * 0.1)

    params = {}
    for name in ("q", "k", "v", "o"):
        s = qk_scale if name in ("q", "k") else 1.0
        params[f"w_{name}"], params[f"b_{name}"] = lin(e, e, s)
    params["w_1"], params["b_1"] = lin(f, e)
    params["w_2"], params["b_2"] = lin(e, f)
    for n in ("ln1", "ln2"):
        params[f"{n}_weight"] = t(1.0 + 0.3 * rng.standard_normal(e))
        params[f"{n}_bias"] = t(0.2 * rng.standard_normal(e))
    if layout == "x_transposed":  # [B, L, E] view of an [L, B, E] buffer
        x = t(rng.standard_normal((l, b, e)) * xscale).transpose(0, 1)
    else:
        x = t(rng.standard_normal((b, l, e)) * xscale)
    out = {"x": x, "params": params, "num_heads": int(h)}
    if mask == "causal":
        out["mask"] = torch.ones(l, l, dtype=torch.bool).tril()
    elif mask == "padding":
        lengths = rng.integers(1, l + 1, size=b)
        lengths[0] = l
        if b > 1:
            lengths[1] = max(1, l // 2)
        out["mask"] = torch.from_numpy(np.arange(l)[None, :] < lengths[:, None])[:, None, None, :]
    elif mask == "random":  # a different pattern per batch item and head; the diagonal always True
        m = rng.random((b, h, l, l)) < 0.5
        m[..., np.arange(l), np.arange(l)] = True
        out["mask"] = torch.from_numpy(m)
    return out
