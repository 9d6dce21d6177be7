# mistake: softmax as exp(s) / sum(exp(s)) without subtracting the row max, overflowing to nan
# 错误：softmax 直接算 exp(s) / sum(exp(s))，没减去每行最大值，数值溢出得到 nan
import math

import torch


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    """Classic mistake: exp(s) / sum(exp(s)) overflows to inf/inf = nan on large scores."""
    q = x @ w_q.T + (0 if b_q is None else b_q)
    k = x @ w_k.T + (0 if b_k is None else b_k)
    v = x @ w_v.T + (0 if b_v is None else b_v)
    e = torch.exp(q @ k.transpose(1, 2) / math.sqrt(q.shape[-1]))
    return e / e.sum(dim=-1, keepdim=True) @ v
