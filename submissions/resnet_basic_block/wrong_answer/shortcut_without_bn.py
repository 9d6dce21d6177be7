# mistake: the projection shortcut is the 1x1 convolution alone, without its BatchNorm (downsample.1)
# 错误：投影捷径只做了 1x1 卷积，漏掉了它自己的 BatchNorm（downsample.1）
import torch
import torch.nn.functional as F


def _bn(y, p, name, eps):
    v = lambda t: t.view(1, -1, 1, 1)  # noqa: E731
    return (y - v(p[f"{name}.running_mean"])) / torch.sqrt(v(p[f"{name}.running_var"]) + eps) \
        * v(p[f"{name}.weight"]) + v(p[f"{name}.bias"])


def resnet_basic_block(x, params, stride=1, eps=1e-5):
    out = F.relu(_bn(F.conv2d(x, params["conv1.weight"], stride=stride, padding=1), params, "bn1", eps))
    out = _bn(F.conv2d(out, params["conv2.weight"], padding=1), params, "bn2", eps)
    if "downsample.0.weight" in params:
        shortcut = F.conv2d(x, params["downsample.0.weight"], stride=stride)
    else:
        shortcut = x
    return F.relu(out + shortcut)
