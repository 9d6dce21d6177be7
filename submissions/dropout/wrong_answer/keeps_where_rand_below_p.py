# mistake: keeps the elements where rand < p, so it keeps a fraction p instead of 1 - p
# 错误：保留 rand < p 的元素，保留比例成了 p 而不是 1 - p
import torch


def dropout(x, p, training, generator):
    if not training:
        return x
    if p >= 1.0:
        return torch.zeros_like(x)
    keep = torch.rand(x.shape, generator=generator) < p
    return x * keep / (1.0 - p)
