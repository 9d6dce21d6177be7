"""as_strided im2col per channel: the depthwise step is a batched [kh*kw] dot per channel,
the pointwise step a matrix product over the channel axis."""
import numpy as np
from numpy.lib.stride_tricks import as_strided


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    sh, sw = (stride, stride) if np.isscalar(stride) else stride
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    N, C, H, W = x.shape
    kh, kw = dw_weight.shape[2:]
    O = pw_weight.shape[0]
    xp = np.zeros((N, C, H + 2 * ph, W + 2 * pw), dtype=x.dtype)
    xp[:, :, ph:ph + H, pw:pw + W] = x
    oh = (H + 2 * ph - kh) // sh + 1
    ow = (W + 2 * pw - kw) // sw + 1
    s0, s1, s2, s3 = xp.strides
    # cols[c, n, y, x, i, j] = xp[n, c, y*sh + i, x*sw + j]
    cols = as_strided(xp, (C, N, oh, ow, kh, kw), (s1, s0, sh * s2, sw * s3, s2, s3))
    cols = cols.reshape(C, N * oh * ow, kh * kw)
    y = np.matmul(cols, dw_weight.reshape(C, kh * kw, 1))[..., 0]  # [C, N*oh*ow]
    if dw_bias is not None:
        y += dw_bias[:, None]
    out = pw_weight.reshape(O, C) @ y  # [O, N*oh*ow]
    if pw_bias is not None:
        out += pw_bias[:, None]
    return np.ascontiguousarray(out.reshape(O, N, oh, ow).transpose(1, 0, 2, 3))
