"""Inputs for lstm_cell: x [B, I], hx = (h [B, H], c [B, H]), W_ih [4H, I], W_hh [4H, H],
b_ih [4H], b_hh [4H].

Weights and biases as torch.nn.LSTMCell initialises them, U(-1/sqrt(H), 1/sqrt(H)) (times
``wscale``, to push the gates into saturation or not): the four gate blocks differ, so any
other gate order is off. x is N(0, scale^2), h is U(-0.9, 0.9), c is N(0, cscale^2) (a cell
state is not bounded by 1: tanh(c) is far from c); state="zero" gives h = c = 0.
"""

import numpy as np
import torch


def generate(rng, B=2, I=4, H=3, dtype="float32", scale=1.0, wscale=1.0, cscale=1.5, state="random"):
    dt = np.dtype(dtype)
    k = wscale / np.sqrt(H)

    def t(a):
        return torch.from_numpy(np.ascontiguousarray(a, dtype=dt))

    def u(shape, a):
        return t(rng.uniform(-a, a, size=shape))

    x = t(rng.standard_normal((B, I)) * scale)
    if state == "zero":
        h, c = t(np.zeros((B, H))), t(np.zeros((B, H)))
    else:
        h, c = u((B, H), 0.9), t(rng.standard_normal((B, H)) * cscale)
    return {"x": x, "hx": (h, c), "W_ih": u((4 * H, I), k), "W_hh": u((4 * H, H), k),
            "b_ih": u((4 * H,), k), "b_hh": u((4 * H,), k)}
