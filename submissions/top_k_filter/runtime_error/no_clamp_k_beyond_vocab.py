import torch


def top_k_filter(logits, k):
    """torch.topk raises when k > V: k must be clamped to the vocabulary size."""
    kth = torch.topk(logits, k, dim=-1).values[..., -1:]
    return logits.masked_fill(logits < kth, float("-inf"))
