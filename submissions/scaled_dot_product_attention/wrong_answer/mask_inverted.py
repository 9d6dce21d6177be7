import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: treats True as 'blocked' (fills where mask is True)."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    if mask is not None:
        scores = scores.masked_fill(mask, -1e9)
    return torch.softmax(scores, dim=-1) @ v
