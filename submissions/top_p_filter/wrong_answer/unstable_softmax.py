# mistake: computes probabilities as exp(x) / sum(exp(x)) without subtracting the max, overflowing
# 错误：概率用 exp(x) / sum(exp(x)) 计算，没减去最大值，数值溢出
import torch


def top_p_filter(logits, p):
    """Mistake: probabilities as exp(x) / sum(exp(x)) without subtracting the maximum."""
    sorted_logits, order = torch.sort(logits, descending=True)
    e = torch.exp(sorted_logits)
    probs = e / e.sum(dim=-1, keepdim=True)
    remove = torch.cumsum(probs, dim=-1) - probs >= p
    remove[..., 0] = False
    return logits.masked_fill(remove.scatter(-1, order, remove), float("-inf"))
