import torch
import torch.nn.functional as F


def causal_attention(q, k, v):
    Lq, Lk = q.size(-2), k.size(-2)
    mask = torch.ones(Lq, Lk, dtype=torch.bool).tril(Lk - Lq)
    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
