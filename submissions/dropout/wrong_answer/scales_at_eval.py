# mistake: at inference (training=False) multiplies x by (1 - p) instead of returning it unchanged
# 错误：推理时（training=False）把 x 乘以 (1 - p)，而不是原样返回
import torch


def dropout(x, p, training, generator):
    if not training:
        return x * (1.0 - p)
    if p >= 1.0:
        return torch.zeros_like(x)
    keep = torch.rand(x.shape, generator=generator) >= p
    return x * keep / (1.0 - p)
