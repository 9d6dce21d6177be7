import torch


def top_k_filter(logits, k):
    k = min(k, logits.size(-1))
    threshold = torch.topk(logits, k, dim=-1).values[:, -1, None]
    return torch.where(logits < threshold, torch.full_like(logits, float("-inf")), logits)
