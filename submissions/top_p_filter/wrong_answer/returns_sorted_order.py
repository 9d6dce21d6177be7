# mistake: returns the filtered logits in sorted order instead of scattering them back to the original order
# 错误：返回按排序顺序排列的过滤结果，而不是还原到原始词表顺序
import torch


def top_p_filter(logits, p):
    """Mistake: filters the sorted logits and returns them in sorted order."""
    sorted_logits, _ = torch.sort(logits, descending=True)
    probs = torch.softmax(sorted_logits, dim=-1)
    remove = torch.cumsum(probs, dim=-1) - probs >= p
    remove[..., 0] = False
    return sorted_logits.masked_fill(remove, float("-inf"))
