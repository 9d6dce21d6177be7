# mistake: attends over the old cache only, so the new token's own key/value are left out of attention
# 错误：只对旧缓存做注意力，新 token 自己的 key/value 没有参与注意力
import math

import torch


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    """Classic mistake: attends over the old cache only, the new token does not see itself."""
    B, _, E = x_t.shape
    H = num_heads
    d = E // H
    x = x_t.reshape(B, E)
    q = (x @ w_q.T).view(B, H, 1, d)
    k_new = torch.cat([k_cache, (x @ w_k.T).view(B, H, 1, d)], dim=2)
    v_new = torch.cat([v_cache, (x @ w_v.T).view(B, H, 1, d)], dim=2)
    scores = (q @ k_cache.transpose(-1, -2)) * (1.0 / math.sqrt(d))  # [B, H, 1, T+1]
    attn = torch.softmax(scores, dim=-1)
    o = (attn @ v_cache).reshape(B, 1, E)
    return o @ w_o.T, k_new, v_new
