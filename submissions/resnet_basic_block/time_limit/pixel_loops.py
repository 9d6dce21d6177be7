"""Correct, but every convolution loops in Python over output values (one small dot product per output channel and pixel)."""
import torch
import torch.nn.functional as F


def _conv(x, w, stride, pad):
    N, C, H, W = x.shape
    O, _, k, _ = w.shape
    xp = F.pad(x, (pad, pad, pad, pad))
    oh = (H + 2 * pad - k) // stride + 1
    ow = (W + 2 * pad - k) // stride + 1
    w2 = w.reshape(O, -1)
    out = torch.empty(N, O, oh, ow, dtype=x.dtype)
    for n in range(N):
        for i in range(oh):
            for j in range(ow):
                patch = xp[n, :, i * stride:i * stride + k, j * stride:j * stride + k].reshape(-1)
                for o in range(O):
                    out[n, o, i, j] = torch.dot(w2[o], patch)
    return out


def _bn(y, p, name, eps):
    v = lambda t: t.view(1, -1, 1, 1)  # noqa: E731
    return (y - v(p[f"{name}.running_mean"])) / torch.sqrt(v(p[f"{name}.running_var"]) + eps) \
        * v(p[f"{name}.weight"]) + v(p[f"{name}.bias"])


def resnet_basic_block(x, params, stride=1, eps=1e-5):
    out = torch.relu(_bn(_conv(x, params["conv1.weight"], stride, 1), params, "bn1", eps))
    out = _bn(_conv(out, params["conv2.weight"], 1, 1), params, "bn2", eps)
    if "downsample.0.weight" in params:
        shortcut = _bn(_conv(x, params["downsample.0.weight"], stride, 0), params, "downsample.1", eps)
    else:
        shortcut = x
    return torch.relu(out + shortcut)
