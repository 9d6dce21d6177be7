import torch


def layer_norm(x, weight, bias, eps=1e-5):
    out, _, _ = torch.native_layer_norm(x, [x.shape[-1]], weight, bias, eps)
    return out
