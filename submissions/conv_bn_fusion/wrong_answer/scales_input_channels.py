# mistake: scales the weight along the input-channel axis (dim 1) instead of the output-channel axis (dim 0)
# 错误：沿输入通道维（第 1 维）而不是输出通道维（第 0 维）缩放权重
import torch


def conv_bn_fusion(weight, bias, gamma, beta, running_mean, running_var, eps=1e-5):
    s = gamma / torch.sqrt(running_var + eps)
    b = torch.zeros_like(beta) if bias is None else bias
    return weight * s.view(1, -1, 1, 1), (b - running_mean) * s + beta
