# mistake: passes a non-contiguous probs tensor (hand softmax on a view) to multinomial instead of a contiguous one
# 错误：把非连续内存的概率张量（在视图上手写 softmax）直接传给 multinomial，而不是先变成连续的
import torch


def temperature_sample(logits, temperature, generator):
    """Softmax by hand on a non-contiguous view keeps its memory layout, and multinomial
    draws in memory order: a different draw (the statement asks for a contiguous probs)."""
    z = logits / temperature
    z = z - z.max(dim=-1, keepdim=True).values
    p = torch.exp(z)
    p = p / p.sum(dim=-1, keepdim=True)
    return torch.multinomial(p, 1, generator=generator)[:, 0]
