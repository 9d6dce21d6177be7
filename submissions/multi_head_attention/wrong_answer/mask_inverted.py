# mistake: reads True in the mask as 'masked out' (nn.MultiheadAttention convention) instead of 'may attend'
# 错误：把掩码中的 True 当成“屏蔽”（nn.MultiheadAttention 的约定），而不是“可以关注”
import math

import torch


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Classic mistake: True read as "masked out" (nn.MultiheadAttention's attn_mask convention)."""
    B, L, E = x.shape
    d = E // num_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_heads, d).transpose(1, 2)
    v = (x @ w_v.T).reshape(B, L, num_heads, d).transpose(1, 2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(mask if mask.dim() == 2 else mask[:, None], -1e9)
    ctx = (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(B, L, E)
    return ctx @ w_o.T
