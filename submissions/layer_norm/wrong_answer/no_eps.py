import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: forgets eps; a constant row divides 0 by 0."""
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var) * weight + bias
