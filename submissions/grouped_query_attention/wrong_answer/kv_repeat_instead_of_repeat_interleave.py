# mistake: expands kv heads with .repeat (tiling, head h reads h % Hkv) instead of repeat_interleave (h // g)
# 错误：用 .repeat 平铺扩展 kv 头（头 h 读 h % Hkv），而不是 repeat_interleave（h // g）
import math

import torch


def grouped_query_attention(x, w_q, w_k, w_v, w_o, num_heads, num_kv_heads, mask=None):
    """Classic mistake: .repeat tiles the kv heads, so query head h reads kv head h % Hkv."""
    B, L, E = x.shape
    d = E // num_heads
    g = num_heads // num_kv_heads
    q = (x @ w_q.T).reshape(B, L, num_heads, d).transpose(1, 2)
    k = (x @ w_k.T).reshape(B, L, num_kv_heads, d).transpose(1, 2).repeat(1, g, 1, 1)
    v = (x @ w_v.T).reshape(B, L, num_kv_heads, d).transpose(1, 2).repeat(1, g, 1, 1)
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    if mask is not None:
        scores = scores.masked_fill(~(mask if mask.dim() == 2 else mask[:, None]), float("-inf"))
    ctx = torch.softmax(scores, dim=-1) @ v
    return ctx.transpose(1, 2).reshape(B, L, E) @ w_o.T
