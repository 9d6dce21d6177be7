import torch


def rms_norm(x, weight, eps=1e-6):
    """LLaMA RMSNorm: normalise in float32 (or float64 for float64 input), cast back, then scale."""
    xf = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
    y = xf * torch.rsqrt(xf.pow(2).mean(-1, keepdim=True) + eps)
    return y.to(x.dtype) * weight
