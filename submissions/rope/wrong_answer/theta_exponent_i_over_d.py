# mistake: uses inv_freq = base^(-i/D) for i = 0..D/2-1 instead of base^(-2i/D) (the 2 is dropped)
# 错误：inv_freq 用 base^(-i/D)（i = 0..D/2-1），而不是 base^(-2i/D)（漏了系数 2）
import torch


def rope(x, positions, base=10000.0):
    """Classic mistake: inv_freq = base ** (-i / D) for i = 0..D/2-1 (the 2 in 2i/D forgotten)."""
    D = x.shape[-1]
    half = D // 2
    inv_freq = base ** (-torch.arange(0, D // 2, dtype=torch.float64) / D)  # [D/2]
    angles = positions.to(torch.float64).unsqueeze(-1) * inv_freq  # [L, D/2] or [B, L, D/2]
    cos = angles.cos().to(x.dtype)
    sin = angles.sin().to(x.dtype)
    if positions.dim() == 2:  # per-batch positions: [B, 1, L, D/2]
        cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)
