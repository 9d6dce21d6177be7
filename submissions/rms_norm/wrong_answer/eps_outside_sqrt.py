# mistake: divides by rms + eps instead of sqrt(mean(x^2) + eps)
# 错误：用 rms + eps 作分母，而不是 sqrt(mean(x^2) + eps)
import torch


def rms_norm(x, weight, eps=1e-6):
    """Classic mistake: x / (rms + eps)."""
    h = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
    h = h / (h.pow(2).mean(-1, keepdim=True).sqrt() + eps)
    return h.to(x.dtype) * weight
