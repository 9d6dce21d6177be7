import math

import torch


def causal_attention(q, k, v):
    """Correct, but every score and every weighted sum is a pure-Python loop."""
    B, H, Lq, D = q.shape
    Lk, Dv = k.shape[2], v.shape[3]
    Q, K, V = q.tolist(), k.tolist(), v.tolist()
    out = []
    for b in range(B):
        heads = []
        for h in range(H):
            rows = []
            for i in range(Lq):
                last = Lk - Lq + i
                s = [sum(Q[b][h][i][t] * K[b][h][j][t] for t in range(D)) / math.sqrt(D) for j in range(last + 1)]
                m = max(s)
                e = [math.exp(z - m) for z in s]
                z = sum(e)
                rows.append([sum(e[j] * V[b][h][j][c] for j in range(last + 1)) / z for c in range(Dv)])
            heads.append(rows)
        out.append(heads)
    return torch.tensor(out, dtype=q.dtype).reshape(B, H, Lq, Dv)
