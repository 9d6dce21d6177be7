import torch


def dropout(x, p, training, generator):
    """Inverted dropout: one float32 torch.rand draw of x's shape, keep where u >= p, scale by 1/(1-p)."""
    if not training:
        return x
    if p >= 1.0:
        return torch.zeros_like(x)
    keep = torch.rand(x.shape, generator=generator) >= p
    return x * keep / (1.0 - p)
