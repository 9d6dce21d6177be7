# mistake: builds the angle table (inv_freq * position) in x's dtype instead of float64
# 错误：角度表（inv_freq * position）用 x 的 dtype 计算，而不是 float64
import torch


def rotate_half(x):
    x1, x2 = x.chunk(2, dim=-1)
    return torch.cat((-x2, x1), dim=-1)


def rope(x, positions, base=10000.0):
    """Precision mistake (the statement asks for float64 angles): the Hugging Face layout with
    the angle table in x's dtype. At position 1000 a float32 angle is off by ~6e-5 rad."""
    D = x.shape[-1]
    inv_freq = 1.0 / (base ** (torch.arange(0, D, 2, dtype=x.dtype) / D))
    freqs = positions.to(x.dtype)[..., None] * inv_freq
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos(), emb.sin()
    if positions.dim() == 2:
        cos, sin = cos[:, None], sin[:, None]
    return x * cos + rotate_half(x) * sin
