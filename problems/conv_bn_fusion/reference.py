import torch


def conv_bn_fusion(weight, bias, gamma, beta, running_mean, running_var, eps=1e-5):
    """BN(conv(x)) = conv(x) * s + (beta - mean * s) with s = gamma / sqrt(var + eps), per output channel."""
    s = gamma * torch.rsqrt(running_var + eps)
    fused_w = weight * s.reshape(-1, 1, 1, 1)
    b = running_mean.neg() if bias is None else bias - running_mean
    fused_b = torch.addcmul(beta, b, s)
    return fused_w, fused_b
