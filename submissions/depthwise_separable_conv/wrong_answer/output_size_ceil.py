# mistake: output size rounds up (ceil) instead of floor((H + 2p - k) / s) + 1
# 错误：输出尺寸向上取整（ceil），而不是 floor((H + 2p - k) / s) + 1
import math

import numpy as np


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    """Mistake: oh = ceil((H + 2p - k) / s) + 1: an extra row/column of windows that runs past
    the padded input (read as zeros) when the stride does not divide evenly."""
    sh, sw = (stride, stride) if np.isscalar(stride) else stride
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    N, C, H, W = x.shape
    kh, kw = dw_weight.shape[2:]
    oh = math.ceil((H + 2 * ph - kh) / sh) + 1
    ow = math.ceil((W + 2 * pw - kw) / sw) + 1
    xp = np.zeros((N, C, (oh - 1) * sh + kh, (ow - 1) * sw + kw), dtype=x.dtype)
    xp[:, :, ph:ph + H, pw:pw + W] = x
    y = np.zeros((N, C, oh, ow), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            y += xp[:, :, i:i + sh * (oh - 1) + 1:sh, j:j + sw * (ow - 1) + 1:sw] * dw_weight[:, 0, i, j, None, None]
    if dw_bias is not None:
        y += dw_bias[:, None, None]
    out = np.einsum("oc,nchw->nohw", pw_weight[:, :, 0, 0], y)
    if pw_bias is not None:
        out += pw_bias[:, None, None]
    return out
