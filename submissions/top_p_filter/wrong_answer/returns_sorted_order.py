import torch


def top_p_filter(logits, p):
    """Mistake: filters the sorted logits and returns them in sorted order."""
    sorted_logits, _ = torch.sort(logits, descending=True)
    probs = torch.softmax(sorted_logits, dim=-1)
    remove = torch.cumsum(probs, dim=-1) - probs >= p
    remove[..., 0] = False
    return sorted_logits.masked_fill(remove, float("-inf"))
