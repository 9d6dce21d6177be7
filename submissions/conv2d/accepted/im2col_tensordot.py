import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    dh, dw = _pair(dilation)
    Co, Cg, kh, kw = weight.shape
    x = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    # windows over the dilated kernel extent, then keep every dh-th / dw-th tap and every stride-th window
    win = sliding_window_view(x, ((kh - 1) * dh + 1, (kw - 1) * dw + 1), axis=(2, 3))
    win = win[:, :, ::sh, ::sw, ::dh, ::dw]  # [N, C, oh, ow, kh, kw]
    outs = []
    Og = Co // groups
    for g in range(groups):
        xg = win[:, g * Cg:(g + 1) * Cg]
        wg = weight[g * Og:(g + 1) * Og]
        outs.append(np.tensordot(xg, wg, axes=([1, 4, 5], [1, 2, 3])))  # [N, oh, ow, Og]
    out = np.concatenate(outs, axis=-1).transpose(0, 3, 1, 2)
    if bias is not None:
        out = out + bias.reshape(1, -1, 1, 1)
    return np.ascontiguousarray(out)
