"""Correct, but every element is updated by a Python loop over lists."""
import math

import torch


def rmsprop_step(param, grad, square_avg, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0.0):
    p, g, v = (t.reshape(-1).tolist() for t in (param, grad, square_avg))
    for i in range(len(p)):
        gi = g[i] + weight_decay * p[i]
        v[i] = alpha * v[i] + (1 - alpha) * gi * gi
        p[i] -= lr * gi / (math.sqrt(v[i]) + eps)
    t_ = lambda a: torch.tensor(a, dtype=param.dtype).reshape(param.shape)  # noqa: E731
    return t_(p), t_(v)
