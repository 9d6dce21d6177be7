"""Correct and stable, but every row and class goes through a Python loop."""
import math

import torch


def label_smoothing_cross_entropy(logits, targets, smoothing=0.1):
    rows, ts = logits.tolist(), targets.tolist()
    total = 0.0
    for row, t in zip(rows, ts):
        m = max(row)
        lse = m + math.log(sum(math.exp(v - m) for v in row))
        c = len(row)
        total += (1 - smoothing) * (lse - row[t]) + smoothing / c * sum(lse - v for v in row)
    return torch.tensor(total / len(rows), dtype=logits.dtype)
