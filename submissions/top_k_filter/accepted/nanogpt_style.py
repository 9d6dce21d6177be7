import torch


def top_k_filter(logits, k):
    """nanoGPT's sampling code: topk values, then in-place boolean assignment on a copy."""
    logits = logits.clone()
    v, _ = torch.topk(logits, min(k, logits.size(-1)))
    logits[logits < v[:, [-1]]] = -float("Inf")
    return logits
