import math

import torch


def multi_query_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """The textbook way: K/V get a head axis of size 1 and broadcast against every query head."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).view(B, L, num_heads, d).transpose(1, 2)  # [B, H, L, d]
    k = (x @ w_k.T).unsqueeze(1)  # [B, 1, L, d]
    v = (x @ w_v.T).unsqueeze(1)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask.unsqueeze(1)), float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v  # [B, H, L, d]
    return ctx.transpose(1, 2).reshape(B, L, E) @ w_o.T
