# mistake: divides by sqrt(sum(x^2)) (the L2 norm) instead of sqrt(mean(x^2)) (the root mean square)
# 错误：除以 sqrt(sum(x^2))（L2 范数），而不是 sqrt(mean(x^2))（均方根）
import torch


def rms_norm(x, weight, eps=1e-6):
    """Classic mistake: divides by sqrt(sum(x^2)), the L2 norm, not the root mean square."""
    h = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
    h = h * torch.rsqrt(h.pow(2).sum(-1, keepdim=True) + eps)
    return h.to(x.dtype) * weight
