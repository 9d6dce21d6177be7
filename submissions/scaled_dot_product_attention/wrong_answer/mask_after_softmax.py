# mistake: multiplies the weights by the mask after softmax without renormalising, instead of -inf before softmax
# 错误：softmax 之后再乘掩码且不重新归一化，而不是在 softmax 前填 -inf
import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: zeroes masked weights after the softmax, without renormalising."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    w = torch.softmax(scores, dim=-1)
    if mask is not None:
        w = w * mask
    return w @ v
