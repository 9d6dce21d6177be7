import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: scales by sqrt of the value dimension Dv instead of the key dimension D."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(v.size(-1))
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
