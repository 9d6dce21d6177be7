"""Inputs for gru_cell: x [B, I], h [B, H], W_ih [3H, I], W_hh [3H, H], b_ih [3H], b_hh [3H].

Weights as torch.nn.GRUCell initialises them, U(-1/sqrt(H), 1/sqrt(H)) (times ``wscale``);
biases the same times ``bscale``: where the reset gate meets b_hn is only visible through
(1 - r) * b_hn, so the edge cases use visible biases. x is N(0, scale^2), h is
U(-0.9, 0.9), or zeros (state="zero").
"""

import numpy as np
import torch


def generate(rng, B=2, I=4, H=3, dtype="float32", scale=1.0, wscale=1.0, bscale=1.0, state="random"):
    dt = np.dtype(dtype)
    k = 1.0 / np.sqrt(H)

    def t(a):
        return torch.from_numpy(np.ascontiguousarray(a, dtype=dt))

    def u(shape, a):
        return t(rng.uniform(-a, a, size=shape))

    x = t(rng.standard_normal((B, I)) * scale)
    h = t(np.zeros((B, H))) if state == "zero" else u((B, H), 0.9)
    return {"x": x, "h": h, "W_ih": u((3 * H, I), k * wscale), "W_hh": u((3 * H, H), k * wscale),
            "b_ih": u((3 * H,), k * bscale), "b_hh": u((3 * H,), k * bscale)}
