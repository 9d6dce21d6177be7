# mistake: triu offset one too low (Lk - Lq instead of Lk - Lq + 1), so a query cannot attend its own position
# 错误：triu 的偏移少了 1（用 Lk - Lq 而不是 Lk - Lq + 1），query 看不到自己所在的位置
import math

import torch


def causal_attention(q, k, v):
    """Classic mistake: triu one diagonal too low, so a query cannot attend its own position."""
    Lq, Lk = q.size(-2), k.size(-2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    future = torch.ones(Lq, Lk, dtype=torch.bool).triu(Lk - Lq)  # should be Lk - Lq + 1
    return torch.softmax(scores.masked_fill(future, float("-inf")), dim=-1) @ v
