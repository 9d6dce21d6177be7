# mistake: removes tokens with cumsum > p without shifting, so the token whose probability crosses p is removed too
# 错误：按 cumsum > p 移除且没有右移一位，使累计概率越过 p 的那个 token 也被删掉
import torch


def top_p_filter(logits, p):
    """Mistake: the HF recipe without the shift: the token whose probability crosses p is removed."""
    sorted_logits, sorted_indices = torch.sort(logits, descending=True)
    cumulative_probs = torch.cumsum(torch.softmax(sorted_logits, dim=-1), dim=-1)
    sorted_indices_to_remove = cumulative_probs > p
    sorted_indices_to_remove[..., 0] = False
    indices_to_remove = sorted_indices_to_remove.scatter(1, sorted_indices, sorted_indices_to_remove)
    return logits.masked_fill(indices_to_remove, float("-inf"))
