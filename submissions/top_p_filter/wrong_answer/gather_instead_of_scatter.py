# mistake: maps the sorted mask back with gather (applying the permutation again) instead of scatter
# 错误：用 gather 把排序后的掩码映射回原顺序（又置换了一次），而不是用 scatter
import torch


def top_p_filter(logits, p):
    """Mistake: maps the sorted mask back with gather (applies the permutation again) instead of scatter."""
    sorted_logits, order = torch.sort(logits, descending=True)
    probs = torch.softmax(sorted_logits, dim=-1)
    remove = torch.cumsum(probs, dim=-1) - probs >= p
    remove[..., 0] = False
    return logits.masked_fill(remove.gather(-1, order), float("-inf"))
