# mistake: fills masked scores with 0 instead of -inf, so masked keys still get exp(0) weight
# 错误：被屏蔽的分数填 0 而不是 -inf，被屏蔽的 key 仍有 exp(0) 的权重
import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: masked scores set to 0 instead of -inf (masked keys still get exp(0) weight)."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    if mask is not None:
        scores = scores.masked_fill(~mask, 0.0)
    return torch.softmax(scores, dim=-1) @ v
