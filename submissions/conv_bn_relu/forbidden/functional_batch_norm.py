"""F.conv2d, then F.batch_norm with training=False, then ReLU."""
import torch.nn.functional as F


def conv_bn_relu(x, weight, bias, gamma, beta, running_mean, running_var, stride=1, padding=0, eps=1e-5):
    y = F.conv2d(x, weight, bias, stride, padding)
    return F.relu(F.batch_norm(y, running_mean, running_var, gamma, beta, training=False, eps=eps))
