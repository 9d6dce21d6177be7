"""Correct and stable, but one Python loop iteration per element."""
import math

import torch


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    xs = inputs.double().flatten().tolist()
    ts = targets.double().flatten().tolist()
    out = []
    for x, t in zip(xs, ts):
        ce = max(x, 0.0) - x * t + math.log1p(math.exp(-abs(x)))
        p = 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))
        p_t = p * t + (1 - p) * (1 - t)
        v = ce * (1 - p_t) ** gamma
        if alpha >= 0:
            v *= alpha * t + (1 - alpha) * (1 - t)
        out.append(v)
    loss = torch.tensor(out, dtype=torch.float64).reshape(inputs.shape).to(inputs.dtype)
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]
