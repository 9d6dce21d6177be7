# mistake: computes x @ w instead of x @ w.T, though nn.Linear weights are stored as [out, in]
# 错误：计算 x @ w 而不是 x @ w.T，但 nn.Linear 的权重按 [out, in] 存储
import math

import torch


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    """Classic mistake: x @ w instead of x @ w.T (nn.Linear stores [out, in])."""
    B, _, E = x_t.shape
    H = num_heads
    d = E // H
    x = x_t.reshape(B, E)
    q = (x @ w_q).view(B, H, 1, d)
    k_new = torch.cat([k_cache, (x @ w_k).view(B, H, 1, d)], dim=2)
    v_new = torch.cat([v_cache, (x @ w_v).view(B, H, 1, d)], dim=2)
    scores = (q @ k_new.transpose(-1, -2)) * (1.0 / math.sqrt(d))  # [B, H, 1, T+1]
    attn = torch.softmax(scores, dim=-1)
    o = (attn @ v_new).reshape(B, 1, E)
    return o @ w_o, k_new, v_new
