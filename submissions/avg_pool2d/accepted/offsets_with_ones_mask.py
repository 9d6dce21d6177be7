"""Sums strided slices of the zero-padded input per kernel offset; the exclude-pad divisor pools a padded mask of ones the same way."""
import numpy as np


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def _window_sum(a, kh, kw, sh, sw, ho, wo):
    total = 0
    for i in range(kh):
        for j in range(kw):
            total = total + a[..., i:i + sh * (ho - 1) + 1:sh, j:j + sw * (wo - 1) + 1:sw]
    return total


def avg_pool2d(x, kernel_size, stride=None, padding=0, count_include_pad=True):
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    ph, pw = _pair(padding)
    h, w = x.shape[2:]
    ho, wo = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw) // sw + 1
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    s = _window_sum(xp, kh, kw, sh, sw, ho, wo)
    if count_include_pad:
        return s / x.dtype.type(kh * kw)
    mask = np.pad(np.ones((h, w), dtype=x.dtype), ((ph, ph), (pw, pw)))
    return s / _window_sum(mask, kh, kw, sh, sw, ho, wo)
