# mistake: takes sorted_desc[:, k] (the (k+1)-th largest) as the threshold instead of sorted_desc[:, k - 1]
# 错误：阈值取 sorted_desc[:, k]（第 k+1 大的值），而不是 sorted_desc[:, k - 1]
import torch


def top_k_filter(logits, k):
    """Classic mistake: sorted_desc[:, k] is the (k+1)-th largest: one token too many survives."""
    V = logits.shape[-1]
    if k >= V:
        return logits.clone()
    kth = torch.sort(logits, dim=-1, descending=True).values[:, k:k + 1]
    return logits.masked_fill(logits < kth, float("-inf"))
