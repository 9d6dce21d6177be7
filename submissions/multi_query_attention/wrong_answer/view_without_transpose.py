# mistake: reshapes queries [B, L, E] straight to [B, H, L, d] (and back) without transpose(1, 2)
# 错误：把 query 从 [B, L, E] 直接 reshape 成 [B, H, L, d]（合并时也一样），没有 transpose(1, 2)
import math

import torch


def multi_query_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: queries [B, L, E] reshaped straight to [B, H, L, d], no transpose."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, num_heads, L, d)
    k = (x @ w_k.T).unsqueeze(1)
    v = (x @ w_v.T).unsqueeze(1)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask.unsqueeze(1)), float("-inf"))
    return (torch.softmax(scores, dim=-1) @ v).reshape(B, L, E) @ w_o.T
