# mistake: uses stride 1 when stride is None, instead of the kernel size
# 错误：stride 为 None 时用了步长 1，而不是核大小
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def max_pool2d(x, kernel_size, stride=None, padding=0):
    """Classic mistake: a default stride of 1 (as in conv2d)."""
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(1 if stride is None else stride)
    ph, pw = _pair(padding)
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)), constant_values=-np.inf)
    return sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].max(axis=(-2, -1))
