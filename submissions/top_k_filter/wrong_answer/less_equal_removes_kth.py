# mistake: masks logits <= kth instead of < kth, so the k-th value itself is removed
# 错误：屏蔽 logits <= 第 k 大值 而不是 <，第 k 大值本身也被去掉
import torch


def top_k_filter(logits, k):
    """Classic mistake: `<=` also removes the k-th value itself."""
    k = min(k, logits.size(-1))
    kth = torch.topk(logits, k, dim=-1).values[..., -1:]
    return logits.masked_fill(logits <= kth, float("-inf"))
