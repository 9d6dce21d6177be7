import math

import torch


def grouped_query_attention(x, w_q, w_k, w_v, w_o, num_heads, num_kv_heads, mask=None):
    """GQA: query head h reads kv head h // (num_heads // num_kv_heads); y = x @ W.T."""
    B, L, E = x.shape
    d = E // num_heads
    g = num_heads // num_kv_heads  # query heads per kv head
    # the g query heads of one kv head are adjacent: [B, L, Hkv, g, d] -> [B, Hkv, L * g, d]
    q = (x @ w_q.T).view(B, L, num_kv_heads, g, d).permute(0, 2, 1, 3, 4).reshape(B, num_kv_heads, L * g, d)
    k = (x @ w_k.T).view(B, L, num_kv_heads, d).transpose(1, 2)  # [B, Hkv, L, d]
    v = (x @ w_v.T).view(B, L, num_kv_heads, d).transpose(1, 2)
    scores = (q * (1.0 / math.sqrt(d))) @ k.transpose(-2, -1)  # [B, Hkv, L * g, L], one matmul per kv head
    if mask is not None:
        m = mask.reshape(1, 1, L, 1, L) if mask.dim() == 2 else mask.reshape(B, 1, L, 1, L)
        scores = scores.view(B, num_kv_heads, L, g, L).masked_fill(~m, float("-inf")).view(B, num_kv_heads, L * g, L)
    ctx = torch.softmax(scores, dim=-1) @ v  # [B, Hkv, L * g, d]
    ctx = ctx.view(B, num_kv_heads, L, g, d).permute(0, 2, 1, 3, 4).reshape(B, L, E)  # head h = kv * g + j
    return ctx @ w_o.T
