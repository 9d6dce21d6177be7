# mistake: squares float16 input in float16 without upcasting to float32, overflowing to inf
# 错误：float16 输入没有先升到 float32 就平方，溢出为 inf
import torch


def rms_norm(x, weight, eps=1e-6):
    """Classic mistake: squares float16 in float16, which overflows to inf above 256."""
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * weight
