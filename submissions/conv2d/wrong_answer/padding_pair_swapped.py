# mistake: reads padding/stride pairs as (width, height) instead of (height, width)
# 错误：把 padding/stride 的二元组当作 (宽, 高) 解读，而不是 (高, 宽)
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """Mistake: a pair is read as (width, height): padding[0] pads W, padding[1] pads H (same for stride)."""
    sw, sh = (stride, stride) if isinstance(stride, int) else stride
    pw, ph = (padding, padding) if isinstance(padding, int) else padding
    dh, dw = (dilation, dilation) if isinstance(dilation, int) else dilation
    Co, Cg, kh, kw = weight.shape
    x = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    win = sliding_window_view(x, ((kh - 1) * dh + 1, (kw - 1) * dw + 1), axis=(2, 3))
    win = win[:, :, ::sh, ::sw, ::dh, ::dw]
    Og = Co // groups
    outs = [np.tensordot(win[:, g * Cg:(g + 1) * Cg], weight[g * Og:(g + 1) * Og], axes=([1, 4, 5], [1, 2, 3]))
            for g in range(groups)]
    out = np.concatenate(outs, axis=-1).transpose(0, 3, 1, 2)
    return out + bias.reshape(1, -1, 1, 1) if bias is not None else out
