import math

import torch


def causal_attention(q, k, v):
    """Causal attention; the Lq queries are the LAST Lq of the Lk positions (bottom-right aligned)."""
    Lq, Lk = q.shape[-2], k.shape[-2]
    scores = (q * (1.0 / math.sqrt(q.shape[-1]))) @ k.transpose(-2, -1)  # [B, H, Lq, Lk]
    # query i sits at absolute position Lk - Lq + i: keys j > Lk - Lq + i are in its future
    future = torch.ones(Lq, Lk, dtype=torch.bool, device=q.device).triu_(Lk - Lq + 1)
    scores = scores.masked_fill_(future, float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
