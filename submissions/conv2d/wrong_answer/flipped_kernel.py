# mistake: flips the kernel (true convolution) while torch's conv2d is a cross-correlation
# 错误：把卷积核翻转（真正的卷积），而 torch 的 conv2d 是互相关
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """Mistake: a true (flipped-kernel) convolution; torch's conv2d is a cross-correlation."""
    weight = weight[:, :, ::-1, ::-1]
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    dh, dw = _pair(dilation)
    Co, Cg, kh, kw = weight.shape
    x = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    win = sliding_window_view(x, ((kh - 1) * dh + 1, (kw - 1) * dw + 1), axis=(2, 3))
    win = win[:, :, ::sh, ::sw, ::dh, ::dw]
    Og = Co // groups
    outs = [np.tensordot(win[:, g * Cg:(g + 1) * Cg], weight[g * Og:(g + 1) * Og], axes=([1, 4, 5], [1, 2, 3]))
            for g in range(groups)]
    out = np.concatenate(outs, axis=-1).transpose(0, 3, 1, 2)
    return out + bias.reshape(1, -1, 1, 1) if bias is not None else out
