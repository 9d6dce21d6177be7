# mistake: broadcasts the per-channel BN vectors over the last (width) axis instead of the channel axis 1
# 错误：按通道的 BN 向量沿最后一维（宽度）广播，而不是沿第 1 维（通道）广播
import torch
import torch.nn.functional as F


def conv_bn_relu(x, weight, bias, gamma, beta, running_mean, running_var, stride=1, padding=0, eps=1e-5):
    y = F.conv2d(x, weight, bias, stride, padding)
    y = (y - running_mean) / torch.sqrt(running_var + eps) * gamma + beta
    return torch.relu(y)
