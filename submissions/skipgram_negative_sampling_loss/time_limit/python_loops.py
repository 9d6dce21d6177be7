"""Correct and stable, but Python loops over pairs, negatives and dimensions."""
import math

import torch


def _log_sigmoid(x):
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))


def sgns_loss(center, context, negatives):
    c, o, n = center.tolist(), context.tolist(), negatives.tolist()
    total = 0.0
    for i in range(len(c)):
        s = sum(a * b for a, b in zip(c[i], o[i]))
        term = -_log_sigmoid(s)
        for u in n[i]:
            term -= _log_sigmoid(-sum(a * b for a, b in zip(c[i], u)))
        total += term
    return torch.tensor(total / len(c), dtype=center.dtype)
