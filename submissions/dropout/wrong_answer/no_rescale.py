# mistake: zeroes the dropped elements but does not scale the kept ones by 1 / (1 - p)
# 错误：丢弃的元素置零了，但保留的元素没有乘以 1 / (1 - p)
import torch


def dropout(x, p, training, generator):
    if not training:
        return x
    keep = torch.rand(x.shape, generator=generator) >= p
    return x * keep
