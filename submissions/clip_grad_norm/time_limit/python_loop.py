"""Correct, but the norm and the scaling walk every entry in Python."""
import math

import torch


def clip_grad_norm(grads, max_norm, norm_type=2.0):
    lists = [g.reshape(-1).tolist() for g in grads]
    if norm_type == float("inf"):
        total = max(abs(v) for vals in lists for v in vals)
    else:
        total = math.sqrt(sum(v * v for vals in lists for v in vals))
    coef = min(1.0, max_norm / (total + 1e-6))
    out = [torch.tensor([v * coef for v in vals], dtype=g.dtype).reshape(g.shape) for vals, g in zip(lists, grads)]
    return out, torch.tensor(total, dtype=grads[0].dtype)
