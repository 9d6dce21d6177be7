# mistake: causal mask is torch.tril aligned top-left instead of bottom-right, wrong when Lq != Lk
# 错误：因果掩码用左上对齐的 torch.tril 而不是右下对齐，Lq != Lk 时出错
import math

import torch


def causal_attention(q, k, v):
    """Classic mistake: torch.tril at the top-left; query i sees keys 0..i, right only when Lq == Lk."""
    Lq, Lk = q.size(-2), k.size(-2)
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
    mask = torch.tril(torch.ones(Lq, Lk, dtype=torch.bool))
    return torch.softmax(scores.masked_fill(~mask, float("-inf")), dim=-1) @ v
