"""Correct update, but every entry in a Python loop."""
import math

import torch


def adagrad_step(param, grad, state_sum, lr=0.01, weight_decay=0.0, eps=1e-10):
    ps, gs, ss = (t.reshape(-1).tolist() for t in (param, grad, state_sum))
    new_p, new_s = [], []
    for p, g, s in zip(ps, gs, ss):
        g = g + weight_decay * p
        s = s + g * g
        new_s.append(s)
        new_p.append(p - lr * g / (math.sqrt(s) + eps))
    mk = lambda v: torch.tensor(v, dtype=param.dtype).reshape(param.shape)  # noqa: E731
    return mk(new_p), mk(new_s)
