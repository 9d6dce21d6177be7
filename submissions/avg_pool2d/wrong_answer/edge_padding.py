# mistake: pads by replicating the border (np.pad mode="edge") instead of with zeros
# 错误：用复制边缘（np.pad 的 mode="edge"）代替补 0
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def avg_pool2d(x, kernel_size, stride=None, padding=0, count_include_pad=True):
    """Classic mistake: edge-replicated padding, so the padded elements are not zeros."""
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    ph, pw = _pair(padding)
    pad = ((0, 0), (0, 0), (ph, ph), (pw, pw))
    s = sliding_window_view(np.pad(x, pad, mode="edge"), (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].sum(axis=(-2, -1))
    if count_include_pad:
        return s / (kh * kw)
    ones = np.pad(np.ones_like(x[:1, :1]), pad)
    return s / sliding_window_view(ones, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].sum(axis=(-2, -1))
