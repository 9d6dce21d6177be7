# mistake: applies softmax over the query axis (dim=-2) instead of the key axis (dim=-1)
# 错误：在 query 维（dim=-2）上做 softmax，而不是 key 维（dim=-1）
import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: softmax over the query axis (dim=-2) instead of the key axis."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    w = torch.softmax(scores, dim=-2)
    return torch.nan_to_num(w) @ v
