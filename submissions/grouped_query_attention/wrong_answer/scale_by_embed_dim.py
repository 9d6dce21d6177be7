# mistake: divides attention scores by sqrt(E) (model width) instead of sqrt(head_dim)
# 错误：注意力分数除以 sqrt(E)（模型维度），而不是 sqrt(head_dim)
import math

import torch


def grouped_query_attention(x, w_q, w_k, w_v, w_o, num_heads, num_kv_heads, mask=None):
    """Classic mistake: scores divided by sqrt(E) instead of sqrt(head_dim)."""
    B, L, E = x.shape
    d = E // num_heads
    g = num_heads // num_kv_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_kv_heads, d).transpose(1, 2).repeat_interleave(g, dim=1)
    v = (x @ w_v.T).reshape(B, L, num_kv_heads, d).transpose(1, 2).repeat_interleave(g, dim=1)
    scores = q @ k.transpose(-2, -1) / math.sqrt(E)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v
    return ctx.transpose(1, 2).reshape(B, L, E) @ w_o.T
