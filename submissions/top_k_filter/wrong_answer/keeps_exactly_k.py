import torch


def top_k_filter(logits, k):
    """Classic mistake: scatter the top-k indices, so ties with the k-th value are dropped."""
    k = min(k, logits.size(-1))
    idx = torch.topk(logits, k, dim=-1).indices
    keep = torch.zeros_like(logits, dtype=torch.bool).scatter_(-1, idx, True)
    return logits.masked_fill(~keep, float("-inf"))
