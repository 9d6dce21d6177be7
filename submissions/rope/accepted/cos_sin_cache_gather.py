import torch


def rope(x, positions, base=10000.0):
    """Another style: a cos/sin cache for positions 0..max, gathered by position ids,
    then x * cos + rotate_half(x) * sin."""
    D = x.shape[-1]
    n = int(positions.max()) + 1
    inv_freq = 1.0 / (base ** (torch.arange(0, D, 2, dtype=torch.float64) / D))
    freqs = torch.outer(torch.arange(n, dtype=torch.float64), inv_freq)
    emb = torch.cat((freqs, freqs), dim=-1)
    cos_cached, sin_cached = emb.cos().to(x.dtype), emb.sin().to(x.dtype)
    cos, sin = cos_cached[positions], sin_cached[positions]  # [L, D] or [B, L, D]
    if positions.dim() == 2:
        cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)
    x1, x2 = x.chunk(2, dim=-1)
    return x * cos + torch.cat((-x2, x1), dim=-1) * sin
