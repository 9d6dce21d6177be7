import math

import torch


def grouped_query_attention(x, w_q, w_k, w_v, w_o, num_heads, num_kv_heads, mask=None):
    """Correct, but every score and every weighted sum is a pure-Python loop."""
    B, L, E = x.shape
    d = E // num_heads
    g = num_heads // num_kv_heads
    Q, K, V = (x @ w_q.T).tolist(), (x @ w_k.T).tolist(), (x @ w_v.T).tolist()
    m = None if mask is None else (mask.tolist() if mask.dim() == 3 else [mask.tolist()] * B)
    ctx = [[[0.0] * E for _ in range(L)] for _ in range(B)]
    for b in range(B):
        for h in range(num_heads):
            qo, ko = h * d, (h // g) * d
            for i in range(L):
                s = []
                for j in range(L):
                    if m is not None and not m[b][i][j]:
                        s.append(float("-inf"))
                    else:
                        s.append(sum(Q[b][i][qo + t] * K[b][j][ko + t] for t in range(d)) / math.sqrt(d))
                mx = max(s)
                e = [math.exp(z - mx) for z in s]
                z = sum(e)
                for t in range(d):
                    ctx[b][i][qo + t] = sum(e[j] * V[b][j][ko + t] for j in range(L)) / z
    return torch.tensor(ctx, dtype=x.dtype) @ w_o.T
