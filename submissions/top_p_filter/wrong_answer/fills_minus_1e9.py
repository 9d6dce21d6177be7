# mistake: fills removed tokens with -1e9 instead of -inf
# 错误：被移除的 token 填 -1e9，而不是 -inf
import torch


def top_p_filter(logits, p):
    """Mistake: removed tokens set to -1e9 instead of -inf."""
    sorted_logits, order = torch.sort(logits, descending=True)
    probs = torch.softmax(sorted_logits, dim=-1)
    remove = torch.cumsum(probs, dim=-1) - probs >= p
    remove[..., 0] = False
    return logits.masked_fill(remove.scatter(-1, order, remove), -1e9)
