# mistake: takes mean(-1) without keepdim=True, so the per-row rms broadcasts along the wrong axis
# 错误：mean(-1) 没加 keepdim=True，每行的 rms 沿错误的维度广播
import torch


def rms_norm(x, weight, eps=1e-6):
    """Classic mistake: mean without keepdim; for a square [D, D] input the rms of row i
    scales column i (no shape error, wrong values)."""
    h = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
    h = h * torch.rsqrt(h.pow(2).mean(-1) + eps)
    return h.to(x.dtype) * weight
