# mistake: reshapes [B, L, E] straight to [B, H, L, d] instead of to [B, L, H, d] then transpose(1, 2)
# 错误：把 [B, L, E] 直接 reshape 成 [B, H, L, d]，而不是先变成 [B, L, H, d] 再 transpose(1, 2)
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: [B, L, E] viewed straight as [B, H, L, d], no transpose."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, num_heads, L, d)
    k = (x @ w_k.T).reshape(B, num_heads, L, d)
    v = (x @ w_v.T).reshape(B, num_heads, L, d)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    ctx = (torch.softmax(scores, dim=-1) @ v).reshape(B, L, E)
    return ctx @ w_o.T
