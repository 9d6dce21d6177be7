"""Inputs for lstm_forward: x [T, B, I], hx = (h0 [B, H], c0 [B, H]), W_ih [4H, I],
W_hh [4H, H], b_ih [4H], b_hh [4H].

Weights and biases as torch.nn.LSTM initialises them, U(-1/sqrt(H), 1/sqrt(H)) (times
``wscale``). x is N(0, scale^2); h0 is U(-0.9, 0.9) and c0 N(0, 1.5^2), or both zero
(state="zero"). layout="batch_first_view": x is the [T, B, I] transposed view of a
[B, T, I] buffer (non-contiguous).
"""

import numpy as np
import torch


def generate(rng, T=3, B=2, I=4, H=3, dtype="float32", scale=1.0, wscale=1.0, state="random",
             layout="contiguous"):
    dt = np.dtype(dtype)
    k = wscale / np.sqrt(H)

    def t(a):
        return torch.from_numpy(np.ascontiguousarray(a, dtype=dt))

    def u(shape, a):
        return t(rng.uniform(-a, a, size=shape))

    if layout == "batch_first_view":
        x = t(rng.standard_normal((B, T, I)) * scale).transpose(0, 1)
    else:
        x = t(rng.standard_normal((T, B, I)) * scale)
    if state == "zero":
        h0, c0 = t(np.zeros((B, H))), t(np.zeros((B, H)))
    else:
        h0, c0 = u((B, H), 0.9), t(rng.standard_normal((B, H)) * 1.5)
    return {"x": x, "hx": (h0, c0), "W_ih": u((4 * H, I), k), "W_hh": u((4 * H, H), k),
            "b_ih": u((4 * H,), k), "b_hh": u((4 * H,), k)}
