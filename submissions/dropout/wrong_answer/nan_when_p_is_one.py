# mistake: divides by 1 - p without handling p = 1, so every element becomes 0 / 0 = NaN
# 错误：直接除以 1 - p，没有处理 p = 1 的情况，所有元素都成了 0 / 0 = NaN
import torch


def dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape, generator=generator) >= p
    return x * keep / (1.0 - p)  # p = 1: 0 / 0
