# mistake: divides by sqrt(mean(x^2)) without adding eps
# 错误：分母用 sqrt(mean(x^2))，没有加 eps
import torch


def rms_norm(x, weight, eps=1e-6):
    """Leaves eps out: 0 / 0 on a zero row, and off for small values."""
    h = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
    h = h / h.pow(2).mean(-1, keepdim=True).sqrt()
    return h.to(x.dtype) * weight
