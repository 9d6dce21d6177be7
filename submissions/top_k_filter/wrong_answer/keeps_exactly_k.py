# mistake: keeps exactly the top-k indices (scatter), dropping logits tied with the k-th value
# 错误：只保留 topk 返回的 k 个下标（scatter），与第 k 大值相等的 logit 被丢掉
import torch


def top_k_filter(logits, k):
    """Classic mistake: scatter the top-k indices, so ties with the k-th value are dropped."""
    k = min(k, logits.size(-1))
    idx = torch.topk(logits, k, dim=-1).indices
    keep = torch.zeros_like(logits, dtype=torch.bool).scatter_(-1, idx, True)
    return logits.masked_fill(~keep, float("-inf"))
