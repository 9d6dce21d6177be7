import math

import torch


def scaled_dot_product_attention(q, k, v, mask=None):
    """Correct, but every dot product and every softmax term in pure Python."""
    B, H, Lq, D = q.shape
    Lk, Dv = k.shape[2], v.shape[3]
    m = torch.broadcast_to(mask, (B, H, Lq, Lk)).tolist() if mask is not None else None
    Q, K, V = q.tolist(), k.tolist(), v.tolist()
    out = [[[[0.0] * Dv for _ in range(Lq)] for _ in range(H)] for _ in range(B)]
    for b in range(B):
        for h in range(H):
            for i in range(Lq):
                s = []
                for j in range(Lk):
                    if m is not None and not m[b][h][i][j]:
                        s.append(-math.inf)
                        continue
                    s.append(sum(Q[b][h][i][d] * K[b][h][j][d] for d in range(D)) / math.sqrt(D))
                top = max(s)
                e = [math.exp(x - top) for x in s]
                tot = sum(e)
                for c in range(Dv):
                    out[b][h][i][c] = sum(e[j] * V[b][h][j][c] for j in range(Lk)) / tot
    return torch.tensor(out, dtype=q.dtype)
