import torch


def rms_norm(x, weight, eps=1e-6):
    """Classic mistake: centres the vector first (that is LayerNorm without bias)."""
    h = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
    h = h - h.mean(-1, keepdim=True)
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    return h.to(x.dtype) * weight
