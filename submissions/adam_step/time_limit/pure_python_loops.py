"""Correct, but every element is updated by a Python loop over lists."""
import math

import torch


def adam_step(param, grad, exp_avg, exp_avg_sq, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    t = step + 1
    c1, c2 = 1 - b1 ** t, 1 - b2 ** t
    p, g = param.reshape(-1).tolist(), grad.reshape(-1).tolist()
    m, v = exp_avg.reshape(-1).tolist(), exp_avg_sq.reshape(-1).tolist()
    for i in range(len(p)):
        gi = g[i] + weight_decay * p[i]
        m[i] = b1 * m[i] + (1 - b1) * gi
        v[i] = b2 * v[i] + (1 - b2) * gi * gi
        p[i] -= lr * (m[i] / c1) / (math.sqrt(v[i] / c2) + eps)
    t_ = lambda a: torch.tensor(a, dtype=param.dtype).reshape(param.shape)  # noqa: E731
    return t_(p), t_(m), t_(v)
