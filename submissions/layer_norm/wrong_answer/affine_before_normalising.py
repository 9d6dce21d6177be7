import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: scales and shifts x first, then normalises (the affine is undone)."""
    x = x * weight + bias
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + eps)
