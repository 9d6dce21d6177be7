# mistake: output size rounds up (ceil) instead of floor((H + 2p - d(k-1) - 1) / s) + 1
# 错误：输出尺寸向上取整（ceil），而不是 floor((H + 2p - d(k-1) - 1) / s) + 1
import math

import numpy as np


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """Mistake: output size rounded up (ceil) instead of down: one extra row/column that
    reads past the padded input when the stride does not divide evenly (here it wraps as zeros)."""
    sh, sw = (stride, stride) if np.isscalar(stride) else stride
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    dh, dw = (dilation, dilation) if np.isscalar(dilation) else dilation
    N, C, H, W = x.shape
    Co, Cg, kh, kw = weight.shape
    Og = Co // groups
    oh = math.ceil((H + 2 * ph - dh * (kh - 1) - 1) / sh) + 1
    ow = math.ceil((W + 2 * pw - dw * (kw - 1) - 1) / sw) + 1
    xp = np.zeros((N, C, (oh - 1) * sh + dh * (kh - 1) + 1, (ow - 1) * sw + dw * (kw - 1) + 1), dtype=x.dtype)
    xp[:, :, ph:ph + H, pw:pw + W] = x
    out = np.zeros((N, Co, oh, ow), dtype=x.dtype)
    for g in range(groups):
        xg = xp[:, g * Cg:(g + 1) * Cg]
        for i in range(kh):
            for j in range(kw):
                tap = xg[:, :, i * dh: i * dh + sh * (oh - 1) + 1: sh, j * dw: j * dw + sw * (ow - 1) + 1: sw]
                out[:, g * Og:(g + 1) * Og] += np.einsum("nchw,oc->nohw", tap, weight[g * Og:(g + 1) * Og, :, i, j])
    if bias is not None:
        out += bias[:, None, None]
    return out
