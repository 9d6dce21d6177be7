import math

import torch


def kv_cache_decode(x_t, w_q, w_k, w_v, w_o, k_cache, v_cache, num_heads):
    """Correct, but one Python iteration per (batch, head, cached position)."""
    B, _, E = x_t.shape
    H = num_heads
    d = E // H
    x = x_t[:, 0]
    q = (x @ w_q.T).view(B, H, d)
    k_new = torch.cat([k_cache, (x @ w_k.T).view(B, H, 1, d)], dim=2)
    v_new = torch.cat([v_cache, (x @ w_v.T).view(B, H, 1, d)], dim=2)
    T1 = k_new.shape[2]
    o = torch.zeros(B, H, d, dtype=x.dtype)
    for b in range(B):
        for h in range(H):
            scores = [float(torch.dot(q[b, h], k_new[b, h, t])) / math.sqrt(d) for t in range(T1)]
            m = max(scores)
            weights = [math.exp(s - m) for s in scores]
            total = sum(weights)
            for t in range(T1):
                o[b, h] += weights[t] / total * v_new[b, h, t]
    return o.reshape(B, 1, E) @ w_o.T, k_new, v_new
