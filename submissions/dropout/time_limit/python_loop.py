"""Correct mask from one torch.rand draw, but every element scaled in a Python loop."""
import torch


def dropout(x, p, training, generator):
    if not training:
        return x
    if p >= 1.0:
        return torch.zeros_like(x)
    u = torch.rand(x.shape, generator=generator).reshape(-1).tolist()
    xs = x.reshape(-1).tolist()
    scale = 1.0 / (1.0 - p)
    out = [v * scale if r >= p else 0.0 for v, r in zip(xs, u)]
    return torch.tensor(out, dtype=x.dtype).reshape(x.shape)
