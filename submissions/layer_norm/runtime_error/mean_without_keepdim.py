import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: mean without keepdim=True does not broadcast back over [N, D]."""
    mean = x.mean(dim=-1)
    var = ((x - mean) ** 2).mean(dim=-1)
    return (x - mean) / torch.sqrt(var + eps) * weight + bias
