# mistake: applies softmax over the query axis (dim=-2) instead of the key axis (dim=-1)
# 错误：在 query 维（dim=-2）上做 softmax，而不是 key 维（dim=-1）
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: softmax over the query axis (dim=-2) instead of the key axis."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_heads, d).transpose(1, 2)
    v = (x @ w_v.T).reshape(B, L, num_heads, d).transpose(1, 2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    ctx = (torch.softmax(scores, dim=-2) @ v).transpose(1, 2).reshape(B, L, E)
    return ctx @ w_o.T
