"""Correct, but every pixel of every sample and class in Python."""
import torch


def dice_loss(probs, targets, smooth=1.0):
    n, c, h, w = probs.shape
    p = probs.double().tolist()
    t = targets.tolist()
    total = 0.0
    for i in range(n):
        for k in range(c):
            inter = ps = gs = 0.0
            for y in range(h):
                for x in range(w):
                    v = p[i][k][y][x]
                    g = 1.0 if t[i][y][x] == k else 0.0
                    inter += v * g
                    ps += v
                    gs += g
            total += 1 - (2 * inter + smooth) / (ps + gs + smooth)
    return torch.tensor(total / (n * c), dtype=probs.dtype)
