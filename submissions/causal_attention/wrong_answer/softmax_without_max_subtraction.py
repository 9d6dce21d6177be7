# mistake: softmax as exp(s) / sum(exp(s)) without subtracting the row max, overflowing to nan
# 错误：softmax 直接算 exp(s) / sum(exp(s))，没减去每行最大值，数值溢出得到 nan
import math

import torch


def causal_attention(q, k, v):
    """Classic mistake: exp(s) / sum(exp(s)) overflows to inf/inf = nan on large scores."""
    Lq, Lk = q.size(-2), k.size(-2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    allowed = torch.ones(Lq, Lk, dtype=torch.bool).tril(Lk - Lq)
    e = torch.exp(scores.masked_fill(~allowed, float("-inf")))
    return e / e.sum(-1, keepdim=True) @ v
