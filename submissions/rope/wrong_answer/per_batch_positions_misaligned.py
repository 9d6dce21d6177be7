# mistake: broadcasts [B, L] position cos/sin as [B, L, D] against [B, H, L, D] without unsqueeze(1)
# 错误：[B, L] 位置得到的 cos/sin 以 [B, L, D] 直接和 [B, H, L, D] 广播，没有 unsqueeze(1)
import torch


def rope(x, positions, base=10000.0):
    """Classic mistake: a [B, L] position table broadcast as [B, L, D] against [B, H, L, D]
    (B lines up with H; no unsqueeze(1))."""
    D = x.shape[-1]
    inv_freq = base ** (-torch.arange(0, D, 2, dtype=torch.float64) / D)
    freqs = positions.to(torch.float64)[..., None] * inv_freq
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos().to(x.dtype), emb.sin().to(x.dtype)
    x1, x2 = x.chunk(2, dim=-1)
    return x * cos + torch.cat((-x2, x1), dim=-1) * sin
