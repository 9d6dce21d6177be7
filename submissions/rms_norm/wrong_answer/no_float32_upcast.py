import torch


def rms_norm(x, weight, eps=1e-6):
    """Classic mistake: squares float16 in float16, which overflows to inf above 256."""
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * weight
