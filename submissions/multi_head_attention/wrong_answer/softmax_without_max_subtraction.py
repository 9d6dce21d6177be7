# mistake: softmax as exp(s) / sum(exp(s)) without subtracting the row max, overflowing to nan
# 错误：softmax 直接算 exp(s) / sum(exp(s))，没减去每行最大值，数值溢出得到 nan
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: a hand-written softmax exp(s) / sum(exp(s)) that overflows on large scores."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_heads, d).transpose(1, 2)
    v = (x @ w_v.T).reshape(B, L, num_heads, d).transpose(1, 2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    e = torch.exp(scores)
    ctx = (e / e.sum(dim=-1, keepdim=True) @ v).transpose(1, 2).reshape(B, L, E)
    return ctx @ w_o.T
