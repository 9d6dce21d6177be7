# mistake: applies the ReLU before the BatchNorm (conv -> ReLU -> BN) instead of after it
# 错误：先做 ReLU 再做 BatchNorm（conv -> ReLU -> BN），顺序应是 BN 之后再 ReLU
import torch
import torch.nn.functional as F


def conv_bn_relu(x, weight, bias, gamma, beta, running_mean, running_var, stride=1, padding=0, eps=1e-5):
    y = torch.relu(F.conv2d(x, weight, bias, stride, padding))
    v = lambda t: t.view(1, -1, 1, 1)  # noqa: E731
    return (y - v(running_mean)) / torch.sqrt(v(running_var) + eps) * v(gamma) + v(beta)
