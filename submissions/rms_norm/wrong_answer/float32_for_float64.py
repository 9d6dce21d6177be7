# mistake: always computes in float32 via x.float(), also for float64 input, then casts back
# 错误：总是用 x.float() 按 float32 计算，float64 输入也如此，最后再转回
import torch


def rms_norm(x, weight, eps=1e-6):
    """Always computes in float32 (x.float()), also for float64 input, and casts back."""
    h = x.float()
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    return (h * weight.float()).to(x.dtype)
