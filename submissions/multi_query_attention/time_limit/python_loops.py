import math

import torch


def multi_query_attention(x, w_q, w_k, w_v, w_o, num_heads, mask=None):
    """Correct, but every score and every weighted sum is a pure-Python loop."""
    B, L, E = x.shape
    d = E // num_heads
    Q, K, V = (x @ w_q.T).tolist(), (x @ w_k.T).tolist(), (x @ w_v.T).tolist()
    m = None if mask is None else (mask.tolist() if mask.dim() == 3 else [mask.tolist()] * B)
    ctx = [[[0.0] * E for _ in range(L)] for _ in range(B)]
    for b in range(B):
        for h in range(num_heads):
            lo = h * d
            for i in range(L):
                s = []
                for j in range(L):
                    if m is not None and not m[b][i][j]:
                        s.append(float("-inf"))
                    else:
                        s.append(sum(Q[b][i][lo + t] * K[b][j][t] for t in range(d)) / math.sqrt(d))
                mx = max(s)
                e = [math.exp(z - mx) for z in s]
                z = sum(e)
                for t in range(d):
                    ctx[b][i][lo + t] = sum(e[j] * V[b][j][t] for j in range(L)) / z
    return torch.tensor(ctx, dtype=x.dtype) @ w_o.T
