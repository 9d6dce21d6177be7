# mistake: scales scores by 1/sqrt(E) (model width) instead of 1/sqrt(d) (head width)
# 错误：注意力分数乘以 1/sqrt(E)（模型维度），而不是 1/sqrt(d)（单头维度）
import math

import torch


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    """Classic mistake: scales by 1/sqrt(E) (the model width) instead of 1/sqrt(d) (the head width)."""
    B, _, E = x_t.shape
    H = num_heads
    d = E // H
    x = x_t.reshape(B, E)
    q = (x @ w_q.T).view(B, H, 1, d)
    k_new = torch.cat([k_cache, (x @ w_k.T).view(B, H, 1, d)], dim=2)
    v_new = torch.cat([v_cache, (x @ w_v.T).view(B, H, 1, d)], dim=2)
    scores = (q @ k_new.transpose(-1, -2)) * (1.0 / math.sqrt(E))  # [B, H, 1, T+1]
    attn = torch.softmax(scores, dim=-1)
    o = (attn @ v_new).reshape(B, 1, E)
    return o @ w_o.T, k_new, v_new
