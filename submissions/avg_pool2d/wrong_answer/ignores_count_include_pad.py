# mistake: always divides by the kernel area, ignoring count_include_pad=False at the padded borders
# 错误：总是除以核面积，忽略了 count_include_pad=False 时边缘窗口的除数
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def avg_pool2d(x, kernel_size, stride=None, padding=0, count_include_pad=True):
    """Classic mistake: the mean of the zero-padded window, whatever count_include_pad says."""
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    ph, pw = _pair(padding)
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    return sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].mean(axis=(-2, -1))
