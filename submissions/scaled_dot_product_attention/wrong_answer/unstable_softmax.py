# mistake: softmax as exp(s) / sum(exp(s)) without subtracting the row max, overflowing to nan
# 错误：softmax 直接算 exp(s) / sum(exp(s))，没减去每行最大值，数值溢出得到 nan
import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Mistake: softmax as exp(s) / sum(exp(s)) without subtracting the row maximum."""
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    e = torch.exp(scores)
    return (e / e.sum(dim=-1, keepdim=True)) @ v
