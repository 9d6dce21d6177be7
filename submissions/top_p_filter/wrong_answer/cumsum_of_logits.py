# mistake: accumulates the sorted logits themselves instead of their softmax probabilities
# 错误：对排序后的 logit 本身做累加，而不是对其 softmax 概率累加
import torch


def top_p_filter(logits, p):
    """Mistake: accumulates the sorted logits themselves, not their softmax probabilities."""
    sorted_logits, order = torch.sort(logits, descending=True)
    before = torch.cumsum(sorted_logits, dim=-1) - sorted_logits
    remove = before >= p
    remove[..., 0] = False
    return logits.masked_fill(remove.scatter(-1, order, remove), float("-inf"))
