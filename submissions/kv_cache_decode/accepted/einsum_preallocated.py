import math

import torch


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    """Another style: F.linear-like projections, a fresh [B, H, T+1, d] buffer filled by
    slicing, einsum for the scores and the weighted sum, a max-shifted softmax by hand."""
    B, _, E = x_t.shape
    H = num_heads
    d = E // H
    T = k_cache.shape[2]

    def heads(w):
        return torch.matmul(x_t, w.t()).reshape(B, H, d)  # [B, 1, E] -> [B, H, d]

    q, k, v = heads(w_q), heads(w_k), heads(w_v)
    k_all = k_cache.new_empty(B, H, T + 1, d)
    v_all = v_cache.new_empty(B, H, T + 1, d)
    k_all[:, :, :T] = k_cache
    k_all[:, :, T] = k
    v_all[:, :, :T] = v_cache
    v_all[:, :, T] = v
    s = torch.einsum("bhd,bhtd->bht", q, k_all) / math.sqrt(d)
    p = torch.exp(s - s.max(dim=-1, keepdim=True).values)
    p = p / p.sum(dim=-1, keepdim=True)
    o = torch.einsum("bht,bhtd->bhd", p, v_all).reshape(B, 1, E)
    return torch.matmul(o, w_o.t()), k_all, v_all
