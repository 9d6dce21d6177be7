"""std = sqrt(var + eps); scale = gamma / std broadcast over the output-channel axis."""
import torch


def conv_bn_fusion(weight, bias, gamma, beta, running_mean, running_var, eps=1e-5):
    std = torch.sqrt(running_var + eps)
    scale = gamma / std
    if bias is None:
        bias = torch.zeros_like(running_mean)
    fused_w = weight * scale[:, None, None, None]
    fused_b = beta + (bias - running_mean) * scale
    return fused_w, fused_b
