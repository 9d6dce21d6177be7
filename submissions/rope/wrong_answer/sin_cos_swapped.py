# mistake: swaps sin and cos in the rotation
# 错误：旋转公式中 sin 和 cos 对调了
import torch


def rope(x, positions, base=10000.0):
    """Classic mistake: sin and cos exchanged."""
    D = x.shape[-1]
    half = D // 2
    inv_freq = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)  # [D/2]
    angles = positions.to(torch.float64).unsqueeze(-1) * inv_freq  # [L, D/2] or [B, L, D/2]
    cos = angles.sin().to(x.dtype)
    sin = angles.cos().to(x.dtype)
    if positions.dim() == 2:  # per-batch positions: [B, 1, L, D/2]
        cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)
