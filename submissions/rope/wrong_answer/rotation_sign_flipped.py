# mistake: uses rotate_half as cat(x2, -x1) instead of cat(-x2, x1), rotating by -angle
# 错误：rotate_half 写成 cat(x2, -x1) 而不是 cat(-x2, x1)，旋转了负角度
import torch


def rope(x, positions, base=10000.0):
    """Classic mistake: rotate_half as cat(x2, -x1): rotates by -angle."""
    D = x.shape[-1]
    half = D // 2
    inv_freq = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)  # [D/2]
    angles = positions.to(torch.float64).unsqueeze(-1) * inv_freq  # [L, D/2] or [B, L, D/2]
    cos = angles.cos().to(x.dtype)
    sin = angles.sin().to(x.dtype)
    if positions.dim() == 2:  # per-batch positions: [B, 1, L, D/2]
        cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos + x2 * sin, x2 * cos - x1 * sin], dim=-1)
