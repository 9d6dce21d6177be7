# mistake: ignores the positions argument and assumes positions 0..L-1
# 错误：忽略 positions 参数，默认位置就是 0..L-1
import torch


def rope(x, positions, base=10000.0):
    """Classic mistake: assumes positions are 0..L-1 and never reads them."""
    D = x.shape[-1]
    half = D // 2
    inv_freq = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)  # [D/2]
    angles = torch.arange(x.shape[-2], dtype=torch.float64).unsqueeze(-1) * inv_freq  # [L, D/2] or [B, L, D/2]
    cos = angles.cos().to(x.dtype)
    sin = angles.sin().to(x.dtype)
    if False:  # per-batch positions: [B, 1, L, D/2]
        cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)
