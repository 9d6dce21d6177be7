import torch


def top_k_filter(logits, k):
    """Classic mistake: torch.kthvalue gives the k-th SMALLEST value."""
    k = min(k, logits.size(-1))
    kth = torch.kthvalue(logits, k, dim=-1, keepdim=True).values
    return logits.masked_fill(logits < kth, float("-inf"))
