"""Inputs for rnn_forward: x [T, B, I], h0 [B, H], W_ih [H, I], W_hh [H, H], b_ih [H], b_hh [H].

Weights and biases are drawn as torch.nn.RNN initialises them, U(-1/sqrt(H), 1/sqrt(H)) (times
``wscale``): W_hh is never symmetric, so h @ W_hh and h @ W_hh.T differ, and b_hh is never
negligible. x is N(0, scale^2); h0 is U(-0.9, 0.9), or zeros (state="zero").
layout="batch_first_view": x is the [T, B, I] transposed view of a [B, T, I] buffer.
"""

import numpy as np


def generate(rng, T=3, B=2, I=4, H=5, dtype="float32", scale=1.0, wscale=1.0, state="random",
             layout="contiguous"):
    dt = np.dtype(dtype)
    k = wscale / np.sqrt(H)

    def u(shape, a):
        return rng.uniform(-a, a, size=shape).astype(dt)

    if layout == "batch_first_view":
        x = (rng.standard_normal((B, T, I)) * scale).astype(dt).transpose(1, 0, 2)
    else:
        x = (rng.standard_normal((T, B, I)) * scale).astype(dt)
    h0 = np.zeros((B, H), dtype=dt) if state == "zero" else u((B, H), 0.9)
    return {"x": x, "h0": h0, "W_ih": u((H, I), k), "W_hh": u((H, H), k),
            "b_ih": u((H,), k), "b_hh": u((H,), k)}
