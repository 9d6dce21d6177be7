# mistake: scales scores by sqrt of v's last dim (Dv) instead of sqrt(D) of q/k
# 错误：注意力分数除以 sqrt(Dv)（v 的最后一维），而不是 q/k 的 sqrt(D)
import math

import torch


def causal_attention(q, k, v):
    """Classic mistake: scores scaled by sqrt(Dv) (v's last dim) instead of sqrt(D)."""
    Lq, Lk = q.size(-2), k.size(-2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(v.size(-1))
    allowed = torch.ones(Lq, Lk, dtype=torch.bool).tril(Lk - Lq)
    return torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1) @ v
