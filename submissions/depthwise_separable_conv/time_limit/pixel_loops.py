"""Correct, but loops in Python over every output pixel of every channel (one small NumPy
reduction per pixel), then over every output pixel for the pointwise step."""
import numpy as np


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    sh, sw = (stride, stride) if np.isscalar(stride) else stride
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    N, C, H, W = x.shape
    kh, kw = dw_weight.shape[2:]
    O = pw_weight.shape[0]
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    oh = (H + 2 * ph - kh) // sh + 1
    ow = (W + 2 * pw - kw) // sw + 1
    y = np.zeros((N, C, oh, ow), dtype=x.dtype)
    for n in range(N):
        for c in range(C):
            for i in range(oh):
                for j in range(ow):
                    y[n, c, i, j] = np.sum(xp[n, c, i * sh:i * sh + kh, j * sw:j * sw + kw] * dw_weight[c, 0])
            if dw_bias is not None:
                y[n, c] += dw_bias[c]
    w = pw_weight[:, :, 0, 0]
    out = np.zeros((N, O, oh, ow), dtype=x.dtype)
    for n in range(N):
        for i in range(oh):
            for j in range(ow):
                out[n, :, i, j] = w @ y[n, :, i, j]
    if pw_bias is not None:
        out += pw_bias[:, None, None]
    return out
