# mistake: divides by the variance (var + eps) instead of the standard deviation sqrt(var + eps)
# 错误：除以方差 (var + eps)，而不是标准差 sqrt(var + eps)
import torch


def conv_bn_fusion(weight, bias, gamma, beta, running_mean, running_var, eps=1e-5):
    s = gamma / (running_var + eps)
    b = torch.zeros_like(beta) if bias is None else bias
    return weight * s.view(-1, 1, 1, 1), (b - running_mean) * s + beta
