# mistake: ignores dilation in both the sampling window and the output-size formula
# 错误：采样窗口和输出尺寸公式都忽略了 dilation
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """Mistake: dilation left out of both the window and the output size."""
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    Co, Cg, kh, kw = weight.shape
    x = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    win = sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw]
    Og = Co // groups
    outs = [np.tensordot(win[:, g * Cg:(g + 1) * Cg], weight[g * Og:(g + 1) * Og], axes=([1, 4, 5], [1, 2, 3]))
            for g in range(groups)]
    out = np.concatenate(outs, axis=-1).transpose(0, 3, 1, 2)
    return out + bias.reshape(1, -1, 1, 1) if bias is not None else out
