import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Classic mistake: .float() everywhere; float64 inputs come back as float32."""
    x, weight, bias = x.float(), weight.float(), bias.float()
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    return (x - mean) / torch.sqrt(var + eps) * weight + bias
