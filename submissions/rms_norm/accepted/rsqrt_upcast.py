import torch


def rms_norm(x, weight, eps=1e-6):
    dtype = x.dtype
    h = x.to(torch.float32) if dtype in (torch.float16, torch.bfloat16) else x
    h = h * torch.rsqrt(h.pow(2).mean(dim=-1, keepdim=True) + eps)
    return weight * h.to(dtype)
