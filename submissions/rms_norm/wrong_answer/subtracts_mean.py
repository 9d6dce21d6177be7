# mistake: subtracts the mean before normalising (LayerNorm without bias), RMSNorm does not centre
# 错误：归一化前先减去均值（成了不带 bias 的 LayerNorm），RMSNorm 不做中心化
import torch


def rms_norm(x, weight, eps=1e-6):
    """Classic mistake: centres the vector first (that is LayerNorm without bias)."""
    h = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
    h = h - h.mean(-1, keepdim=True)
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    return h.to(x.dtype) * weight
