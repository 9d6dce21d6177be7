"""Integral image (2D cumulative sum in float64) of the padded input: each window sum is four lookups."""
import numpy as np


def avg_pool2d(x, kernel_size, stride=None, padding=0, count_include_pad=True):
    kh, kw = (kernel_size, kernel_size) if np.isscalar(kernel_size) else kernel_size
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if np.isscalar(stride) else stride)
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    n, c, h, w = x.shape
    ho, wo = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw) // sw + 1
    ii = np.zeros((n, c, h + 2 * ph + 1, w + 2 * pw + 1))
    ii[:, :, ph + 1:ph + 1 + h, pw + 1:pw + 1 + w] = x
    ii = ii.cumsum(axis=2).cumsum(axis=3)
    r0 = np.arange(ho) * sh
    c0 = np.arange(wo) * sw
    r1, c1 = r0 + kh, c0 + kw
    s = ii[:, :, r1[:, None], c1] - ii[:, :, r0[:, None], c1] - ii[:, :, r1[:, None], c0] + ii[:, :, r0[:, None], c0]
    if count_include_pad:
        div = kh * kw
    else:
        rows = np.minimum(r1 - ph, h) - np.maximum(r0 - ph, 0)
        cols = np.minimum(c1 - pw, w) - np.maximum(c0 - pw, 0)
        div = np.outer(rows, cols)
    return (s / div).astype(x.dtype)
