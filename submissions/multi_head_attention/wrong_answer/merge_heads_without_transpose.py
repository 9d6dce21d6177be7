# mistake: merges heads by reshaping [B, H, L, d] straight to [B, L, E] without transpose(1, 2) first
# 错误：合并多头时把 [B, H, L, d] 直接 reshape 成 [B, L, E]，没有先 transpose(1, 2)
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: heads split right, but [B, H, L, d] reshaped to [B, L, E] directly."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_heads, d).transpose(1, 2)
    v = (x @ w_v.T).reshape(B, L, num_heads, d).transpose(1, 2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    ctx = (torch.softmax(scores, dim=-1) @ v).reshape(B, L, E)
    return ctx @ w_o.T
