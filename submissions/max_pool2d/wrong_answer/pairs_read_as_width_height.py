# mistake: reads the kernel_size, stride and padding pairs as (width, height) instead of (height, width)
# 错误：把 kernel_size、stride、padding 二元组当作 (宽, 高)，而不是 (高, 宽)
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def max_pool2d(x, kernel_size, stride=None, padding=0):
    """Classic mistake: image-library (x, y) order for the pairs."""
    kw, kh = _pair(kernel_size)
    sw, sh = _pair(stride if stride is not None else kernel_size)
    pw, ph = _pair(padding)
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)), constant_values=-np.inf)
    return sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].max(axis=(-2, -1))
