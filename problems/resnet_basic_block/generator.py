"""Inputs for resnet_basic_block: x [N, C, H, W], a dict of weights named as in torchvision's
BasicBlock.state_dict(), stride, eps.

Keys: conv1.weight [O, C, 3, 3], conv2.weight [O, O, 3, 3], and for each BatchNorm bn1, bn2
(and downsample.1) .weight, .bias, .running_mean, .running_var [O]; the projection shortcut
downsample.0.weight [O, C, 1, 1] with downsample.1.* is present exactly when stride != 1 or
C != O. Conv weights are He-initialised N(0, 2 / fan_in); gamma U(0.5, 1.5), beta N(0, 0.3^2),
running_mean N(0, 0.5^2), running_var U(0.5, 3): outputs of O(1), about half of the
pre-activations negative. ``layout: channels_last`` passes x as a non-contiguous NCHW view
of NHWC memory.
"""

import numpy as np
import torch


def generate(rng, N=1, C=2, H=4, W=4, O=2, stride=1, dtype="float32", eps=1e-5, pass_eps=True,
             omit_stride=False, layout="contiguous"):
    dt = np.dtype(dtype)

    def t(a):
        return torch.from_numpy(np.ascontiguousarray(a, dtype=dt))

    def conv(o, c, k):
        return t(rng.normal(0.0, np.sqrt(2.0 / (c * k * k)), (o, c, k, k)))

    def bn(prefix, params):
        params[prefix + ".weight"] = t(rng.uniform(0.5, 1.5, O))
        params[prefix + ".bias"] = t(rng.normal(0.0, 0.3, O))
        params[prefix + ".running_mean"] = t(rng.normal(0.0, 0.5, O))
        params[prefix + ".running_var"] = t(rng.uniform(0.5, 3.0, O))

    x = rng.normal(0.0, 1.0, (N, C, H, W))
    xt = t(x.transpose(0, 2, 3, 1)).permute(0, 3, 1, 2) if layout == "channels_last" else t(x)
    params = {"conv1.weight": conv(O, C, 3)}
    bn("bn1", params)
    params["conv2.weight"] = conv(O, O, 3)
    bn("bn2", params)
    if stride != 1 or C != O:
        params["downsample.0.weight"] = conv(O, C, 1)
        bn("downsample.1", params)
    out = {"x": xt, "params": params}
    if not omit_stride:
        out["stride"] = int(stride)
    if pass_eps:
        out["eps"] = float(eps)
    return out
