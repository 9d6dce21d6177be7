# mistake: tril offset one too high (Lk - Lq + 1), so each query also sees the next (future) key
# 错误：tril 的偏移多了 1（Lk - Lq + 1），每个 query 还能看到下一个（未来的）key
import math

import torch


def causal_attention(q, k, v):
    """Classic mistake: tril one diagonal too high, so each query also sees the next key."""
    Lq, Lk = q.size(-2), k.size(-2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    allowed = torch.ones(Lq, Lk, dtype=torch.bool).tril(Lk - Lq + 1)  # should be Lk - Lq
    return torch.softmax(scores.masked_fill(~allowed, float("-inf")), dim=-1) @ v
