"""The BN as a diagonal matrix: W' = diag(s) @ W.flatten(1), b' = s * b - s * mean + beta."""
import torch


def conv_bn_fusion(weight, bias, gamma, beta, running_mean, running_var, eps=1e-5):
    s = gamma * (running_var + eps).rsqrt()
    w2 = (s.unsqueeze(1) * weight.reshape(weight.shape[0], -1)).reshape(weight.shape)
    b = torch.zeros_like(beta) if bias is None else bias
    return w2, s * b - s * running_mean + beta
