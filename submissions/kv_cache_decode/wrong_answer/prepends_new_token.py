# mistake: concatenates the new k/v in front of the cache instead of appending them at the end
# 错误：把新的 k/v 拼接在缓存前面，而不是追加到末尾
import math

import torch


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    """Classic mistake: the new k/v go in front of the cache. The attention output is the
    same, the returned caches are not."""
    B, _, E = x_t.shape
    H = num_heads
    d = E // H
    x = x_t.reshape(B, E)
    q = (x @ w_q.T).view(B, H, 1, d)
    k_new = torch.cat([(x @ w_k.T).view(B, H, 1, d), k_cache], dim=2)
    v_new = torch.cat([(x @ w_v.T).view(B, H, 1, d), v_cache], dim=2)
    scores = (q @ k_new.transpose(-1, -2)) * (1.0 / math.sqrt(d))  # [B, H, 1, T+1]
    attn = torch.softmax(scores, dim=-1)
    o = (attn @ v_new).reshape(B, 1, E)
    return o @ w_o.T, k_new, v_new
