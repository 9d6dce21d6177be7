# mistake: scales scores by sqrt(Dv) (value dim) instead of sqrt(D) (key dim)
# 错误：注意力分数除以 sqrt(Dv)（value 维度），而不是 sqrt(D)（key 维度）
import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: scales by sqrt of the value dimension Dv instead of the key dimension D."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(v.size(-1))
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
