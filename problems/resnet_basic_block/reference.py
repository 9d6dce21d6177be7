import torch
import torch.nn.functional as F


def _bn_(y, p, prefix, eps):
    """Eval-mode BatchNorm in place: y * s + (beta - mean * s), s = gamma / sqrt(var + eps)."""
    s = p[prefix + ".weight"] * torch.rsqrt(p[prefix + ".running_var"] + eps)
    shift = p[prefix + ".bias"] - p[prefix + ".running_mean"] * s
    return y.mul_(s[:, None, None]).add_(shift[:, None, None])


def resnet_basic_block(x, params, stride=1, eps=1e-5):
    """torchvision's BasicBlock.forward in eval mode, the BatchNorms written out."""
    out = F.conv2d(x, params["conv1.weight"], None, stride, 1)
    out = _bn_(out, params, "bn1", eps).relu_()
    out = F.conv2d(out, params["conv2.weight"], None, 1, 1)
    out = _bn_(out, params, "bn2", eps)
    if "downsample.0.weight" in params:
        identity = _bn_(F.conv2d(x, params["downsample.0.weight"], None, stride), params, "downsample.1", eps)
    else:
        identity = x
    return out.add_(identity).relu_()
