# mistake: always divides by the number of real (unpadded) elements, even when count_include_pad=True
# 错误：总是除以窗口内真实（非补齐）元素的个数，即使 count_include_pad=True
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def avg_pool2d(x, kernel_size, stride=None, padding=0, count_include_pad=True):
    """Classic mistake: the count_include_pad=False divisor used for both settings."""
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    ph, pw = _pair(padding)
    pad = ((0, 0), (0, 0), (ph, ph), (pw, pw))
    s = sliding_window_view(np.pad(x, pad), (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].sum(axis=(-2, -1))
    ones = np.pad(np.ones_like(x[:1, :1]), pad)
    cnt = sliding_window_view(ones, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].sum(axis=(-2, -1))
    return s / cnt
