import math

import torch


def self_attention(x, w_q, w_k, w_v, b_q=None, b_k=None, b_v=None):
    """Correct, but every score and every weighted sum is a pure-Python loop."""
    q = (x @ w_q.T + (0 if b_q is None else b_q)).tolist()
    k = (x @ w_k.T + (0 if b_k is None else b_k)).tolist()
    v = (x @ w_v.T + (0 if b_v is None else b_v)).tolist()
    B, L, dk, dv = x.shape[0], x.shape[1], w_q.shape[0], w_v.shape[0]
    out = []
    for b in range(B):
        rows = []
        for i in range(L):
            s = [sum(q[b][i][t] * k[b][j][t] for t in range(dk)) / math.sqrt(dk) for j in range(L)]
            m = max(s)
            e = [math.exp(z - m) for z in s]
            z = sum(e)
            rows.append([sum(e[j] * v[b][j][c] for j in range(L)) / z for c in range(dv)])
        out.append(rows)
    return torch.tensor(out, dtype=x.dtype).reshape(B, L, dv)
