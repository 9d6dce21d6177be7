"""Correct, but the distances are summed coordinate by coordinate in Python loops."""
import math

import torch


def triplet_loss(anchor, positive, negative, margin=1.0):
    a, p, q = anchor.tolist(), positive.tolist(), negative.tolist()
    total = 0.0
    for ra, rp, rq in zip(a, p, q):
        s_ap = sum((x - y + 1e-6) ** 2 for x, y in zip(ra, rp))
        s_an = sum((x - y + 1e-6) ** 2 for x, y in zip(ra, rq))
        total += max(0.0, math.sqrt(s_ap) - math.sqrt(s_an) + margin)
    return torch.tensor(total / len(a), dtype=anchor.dtype)
