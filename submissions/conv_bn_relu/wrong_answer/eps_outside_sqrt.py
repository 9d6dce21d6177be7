# mistake: divides by sqrt(running_var) + eps instead of sqrt(running_var + eps)
# 错误：除以 sqrt(running_var) + eps，而不是 sqrt(running_var + eps)
import torch
import torch.nn.functional as F


def conv_bn_relu(x, weight, bias, gamma, beta, running_mean, running_var, stride=1, padding=0, eps=1e-5):
    y = F.conv2d(x, weight, bias, stride, padding)
    v = lambda t: t.view(1, -1, 1, 1)  # noqa: E731
    y = (y - v(running_mean)) / (torch.sqrt(v(running_var)) + eps) * v(gamma) + v(beta)
    return torch.relu(y)
