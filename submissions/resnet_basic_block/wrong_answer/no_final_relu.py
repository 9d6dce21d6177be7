# mistake: returns the sum of the branches without the final ReLU
# 错误：返回两个分支之和，漏掉了最后的 ReLU
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
        shortcut = _bn(F.conv2d(x, params["downsample.0.weight"], stride=stride), params, "downsample.1", eps)
    else:
        shortcut = x
    return out + shortcut
