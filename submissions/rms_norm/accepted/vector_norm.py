import math

import torch


def rms_norm(x, weight, eps=1e-6):
    """Through the L2 norm: mean(x^2) = ||x||^2 / D; weight applied in the compute dtype."""
    compute = torch.promote_types(x.dtype, torch.float32)
    h = x.to(compute)
    ms = torch.linalg.vector_norm(h, dim=-1, keepdim=True).square() / h.shape[-1]
    return (h / torch.sqrt(ms + eps) * weight.to(compute)).to(x.dtype)
