import math

import torch


def rope(x, positions, base=10000.0):
    """Correct, but one Python iteration per (position, frequency pair)."""
    B, H, L, D = x.shape
    half = D // 2
    out = torch.empty_like(x)
    for b in range(B):
        for t in range(L):
            p = int(positions[b, t]) if positions.dim() == 2 else int(positions[t])
            for i in range(half):
                theta = p * base ** (-2.0 * i / D)
                c, s = math.cos(theta), math.sin(theta)
                a, bb = x[b, :, t, i], x[b, :, t, i + half]
                out[b, :, t, i] = a * c - bb * s
                out[b, :, t, i + half] = bb * c + a * s
    return out
