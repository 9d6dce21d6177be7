# mistake: rotates interleaved pairs (2i, 2i+1) (GPT-J / Meta LLaMA) instead of half-split pairs (i, i + D/2)
# 错误：旋转相邻交错的维度对 (2i, 2i+1)（GPT-J / Meta LLaMA），而不是前后两半配对 (i, i + D/2)
import torch


def rope(x, positions, base=10000.0):
    """Classic mistake: GPT-J / Meta-LLaMA interleaved pairs (2i, 2i+1) instead of (i, i + D/2)."""
    D = x.shape[-1]
    inv_freq = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)
    angles = positions.to(torch.float64).unsqueeze(-1) * inv_freq
    cos, sin = angles.cos().to(x.dtype), angles.sin().to(x.dtype)
    if positions.dim() == 2:
        cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)
    x_even, x_odd = x[..., 0::2], x[..., 1::2]
    out = torch.stack([x_even * cos - x_odd * sin, x_odd * cos + x_even * sin], dim=-1)
    return out.flatten(-2)
