# mistake: uses torch.kthvalue as the threshold, which returns the k-th smallest, not the k-th largest
# 错误：用 torch.kthvalue 作阈值，但它返回第 k 小的值，而不是第 k 大的
import torch


def top_k_filter(logits, k):
    """Classic mistake: torch.kthvalue gives the k-th SMALLEST value."""
    k = min(k, logits.size(-1))
    kth = torch.kthvalue(logits, k, dim=-1, keepdim=True).values
    return logits.masked_fill(logits < kth, float("-inf"))
