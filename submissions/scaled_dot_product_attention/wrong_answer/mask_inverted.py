# mistake: treats True in the mask as blocked (fills where mask is True) instead of allowed
# 错误：把掩码中的 True 当作屏蔽（在 True 处填充），而不是允许关注
import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: treats True as 'blocked' (fills where mask is True)."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    if mask is not None:
        scores = scores.masked_fill(mask, -1e9)
    return torch.softmax(scores, dim=-1) @ v
