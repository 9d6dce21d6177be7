"""Inputs for swiglu: x [..., D], w_gate [D, H], w_up [D, H], w_down [H, D].

Weights are N(0, 1/fan_in) so pre-activations are about N(0, scale^2). ``layout``:
``linear_views`` passes every weight as the transposed view of an nn.Linear-shaped
buffer (non-contiguous); ``x_transposed`` makes x a non-contiguous view.
"""

import numpy as np
import torch


def generate(rng, shape=(2, 4), hidden=6, dtype="float32", scale=1.0, layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    d, h = shape[-1], int(hidden)
    dt = getattr(np, dtype)
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a, dtype=dt))  # noqa: E731
    if layout == "x_transposed" and len(shape) >= 2:
        x = t(np.swapaxes(rng.standard_normal(shape), -1, -2)).transpose(-1, -2)
    else:
        x = t(rng.standard_normal(shape))
    std_in, std_hidden = scale / np.sqrt(max(d, 1)), 1.0 / np.sqrt(max(h, 1))
    if layout == "linear_views":  # nn.Linear stores [out_features, in_features]
        w_gate = t(rng.standard_normal((h, d)) * std_in).T
        w_up = t(rng.standard_normal((h, d)) * std_in).T
        w_down = t(rng.standard_normal((d, h)) * std_hidden).T
    else:
        w_gate = t(rng.standard_normal((d, h)) * std_in)
        w_up = t(rng.standard_normal((d, h)) * std_in)
        w_down = t(rng.standard_normal((h, d)) * std_hidden)
    return {"x": x, "w_gate": w_gate, "w_up": w_up, "w_down": w_down}
