import torch
import torch.nn.functional as F


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    B, _, E = x_t.shape
    d = E // num_heads
    q = (x_t @ w_q.T).view(B, 1, num_heads, d).transpose(1, 2)
    k = torch.cat([k_cache, (x_t @ w_k.T).view(B, 1, num_heads, d).transpose(1, 2)], dim=2)
    v = torch.cat([v_cache, (x_t @ w_v.T).view(B, 1, num_heads, d).transpose(1, 2)], dim=2)
    o = F.scaled_dot_product_attention(q, k, v)
    return o.transpose(1, 2).reshape(B, 1, E) @ w_o.T, k, v
