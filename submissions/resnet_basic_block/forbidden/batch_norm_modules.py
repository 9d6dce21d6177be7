"""Builds nn.Conv2d / nn.BatchNorm2d modules, loads the weights and runs them in eval mode."""
import torch
from torch import nn


def _bn(p, name, eps):
    O = p[f"{name}.weight"].shape[0]
    bn = nn.BatchNorm2d(O, eps=eps, dtype=p[f"{name}.weight"].dtype)
    with torch.no_grad():
        for k in ("weight", "bias", "running_mean", "running_var"):
            getattr(bn, k).copy_(p[f"{name}.{k}"])
    return bn.eval()


def resnet_basic_block(x, params, stride=1, eps=1e-5):
    import torch.nn.functional as F
    with torch.no_grad():
        out = torch.relu(_bn(params, "bn1", eps)(F.conv2d(x, params["conv1.weight"], None, stride, 1)))
        out = _bn(params, "bn2", eps)(F.conv2d(out, params["conv2.weight"], None, 1, 1))
        if "downsample.0.weight" in params:
            sc = _bn(params, "downsample.1", eps)(F.conv2d(x, params["downsample.0.weight"], None, stride))
        else:
            sc = x
        return torch.relu(out + sc)
