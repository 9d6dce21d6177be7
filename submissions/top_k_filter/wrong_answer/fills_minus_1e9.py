# mistake: fills filtered logits with -1e9 instead of -inf
# 错误：被过滤的 logit 填 -1e9，而不是 -inf
import torch


def top_k_filter(logits, k):
    """Classic mistake: a large negative number instead of -inf."""
    k = min(k, logits.size(-1))
    kth = torch.topk(logits, k, dim=-1).values[..., -1:]
    return logits.masked_fill(logits < kth, -1e9)
