import torch


def top_k_filter(logits, k):
    """Keep every logit >= the row's k-th largest value (ties with it included); the rest -inf."""
    k = min(k, logits.shape[-1])
    kth = torch.topk(logits, k, dim=-1).values[..., -1:]
    return logits.masked_fill(logits < kth, float("-inf"))
