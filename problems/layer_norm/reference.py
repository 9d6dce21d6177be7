import torch


def layer_norm(x, weight, bias, eps=1e-5):
    """Normalise over the last dim with the biased variance, eps inside the root, then scale and shift."""
    mean = x.mean(dim=-1, keepdim=True)
    centred = x - mean
    var = centred.square().mean(dim=-1, keepdim=True)
    # centred is a temporary: scale it in place, then weight * y + bias in one kernel
    return torch.addcmul(bias, centred.mul_(var.add_(eps).rsqrt_()), weight)
