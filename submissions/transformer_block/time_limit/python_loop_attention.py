import math

import torch
import torch.nn.functional as F


def transformer_block(x, params, num_heads, mask=None):
    """Correct, but attention scores and weighted sums one scalar at a time in Python."""
    p = params
    B, L, E = x.shape
    d = E // num_heads
    q = F.linear(x, p["w_q"], p["b_q"]).tolist()
    k = F.linear(x, p["w_k"], p["b_k"]).tolist()
    v = F.linear(x, p["w_v"], p["b_v"]).tolist()
    m = None if mask is None else mask.expand(B, num_heads, L, L).tolist()
    ctx = [[[0.0] * E for _ in range(L)] for _ in range(B)]
    for b in range(B):
        for h in range(num_heads):
            lo = h * d
            for i in range(L):
                s = []
                for j in range(L):
                    if m is not None and not m[b][h][i][j]:
                        s.append(float("-inf"))
                        continue
                    s.append(sum(q[b][i][lo + c] * k[b][j][lo + c] for c in range(d)) / math.sqrt(d))
                top = max(s)
                w = [math.exp(z - top) for z in s]
                tot = sum(w)
                for c in range(d):
                    ctx[b][i][lo + c] = sum(w[j] * v[b][j][lo + c] for j in range(L)) / tot
    ctx = torch.tensor(ctx, dtype=x.dtype)
    E_ = (E,)
    x1 = F.layer_norm(x + F.linear(ctx, p["w_o"], p["b_o"]), E_, p["ln1_weight"], p["ln1_bias"], 1e-5)
    ffn = F.linear(F.gelu(F.linear(x1, p["w_1"], p["b_1"])), p["w_2"], p["b_2"])
    return F.layer_norm(x1 + ffn, E_, p["ln2_weight"], p["ln2_bias"], 1e-5)
