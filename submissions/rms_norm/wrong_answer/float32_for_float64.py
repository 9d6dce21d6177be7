import torch


def rms_norm(x, weight, eps=1e-6):
    """Always computes in float32 (x.float()), also for float64 input, and casts back."""
    h = x.float()
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    return (h * weight.float()).to(x.dtype)
