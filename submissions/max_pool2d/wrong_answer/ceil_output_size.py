# mistake: rounds the output size up (ceil) and keeps partial windows at the far edge instead of dropping them
# 错误：输出尺寸向上取整，保留了末端不完整的窗口，而不是舍弃
import math

import numpy as np


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def max_pool2d(x, kernel_size, stride=None, padding=0):
    """Classic mistake: H_out = ceil((H + 2p - k) / s) + 1, a partial last window."""
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(stride if stride is not None else kernel_size)
    ph, pw = _pair(padding)
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)), constant_values=-np.inf)
    hp, wp = xp.shape[2:]
    ho = math.ceil((hp - kh) / sh) + 1
    wo = math.ceil((wp - kw) / sw) + 1
    out = np.empty(x.shape[:2] + (ho, wo), dtype=x.dtype)
    for i in range(ho):
        for j in range(wo):
            out[:, :, i, j] = xp[:, :, i * sh:i * sh + kh, j * sw:j * sw + kw].max(axis=(2, 3))
    return out
