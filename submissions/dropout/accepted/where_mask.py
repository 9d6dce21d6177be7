"""torch.where on the kept mask, multiplying by the precomputed 1 / (1 - p)."""
import torch


def dropout(x, p, training, generator):
    if not training or p == 0.0:
        return x.clone()
    u = torch.rand(x.shape, generator=generator)
    if p == 1.0:
        return torch.zeros_like(x)
    scale = 1.0 / (1.0 - p)
    return torch.where(u >= p, x * scale, torch.zeros((), dtype=x.dtype))
