import torch


def top_k_filter(logits, k):
    """Classic mistake: sorted_desc[:, k] is the (k+1)-th largest: one token too many survives."""
    V = logits.shape[-1]
    if k >= V:
        return logits.clone()
    kth = torch.sort(logits, dim=-1, descending=True).values[:, k:k + 1]
    return logits.masked_fill(logits < kth, float("-inf"))
