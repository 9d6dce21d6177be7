import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """A second style: flatten to rows, one pass for E[x] and E[x^2], var = E[x^2] - E[x]^2."""
    shape = x.shape
    rows = x.reshape(-1, shape[-1])
    mean = rows.mean(dim=1, keepdim=True)
    var = (rows * rows).mean(dim=1, keepdim=True) - mean * mean
    y = (rows - mean) * torch.rsqrt(var.clamp_min(0) + eps)
    return (y * weight + bias).reshape(shape)
