# mistake: applies softmax over dim=-2 (the single query) instead of dim=-1 (the keys), so every weight is 1
# 错误：在 dim=-2（只有一个 query）上做 softmax，而不是 dim=-1（key 维），所有权重都变成 1
import math

import torch


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    """Classic mistake: softmax over dim=-2, the single query: every weight becomes 1."""
    B, _, E = x_t.shape
    H = num_heads
    d = E // H
    x = x_t.reshape(B, E)
    q = (x @ w_q.T).view(B, H, 1, d)
    k_new = torch.cat([k_cache, (x @ w_k.T).view(B, H, 1, d)], dim=2)
    v_new = torch.cat([v_cache, (x @ w_v.T).view(B, H, 1, d)], dim=2)
    scores = (q @ k_new.transpose(-1, -2)) * (1.0 / math.sqrt(d))  # [B, H, 1, T+1]
    attn = torch.softmax(scores, dim=-2)
    o = (attn @ v_new).reshape(B, 1, E)
    return o @ w_o.T, k_new, v_new
