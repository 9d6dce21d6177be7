import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: x.view(-1, D) raises on a non-contiguous x (reshape would copy)."""
    d = x.shape[-1]
    rows = x.view(-1, d)
    mean = rows.mean(dim=1, keepdim=True)
    var = ((rows - mean) ** 2).mean(dim=1, keepdim=True)
    return ((rows - mean) / torch.sqrt(var + eps) * weight + bias).view(x.shape)
