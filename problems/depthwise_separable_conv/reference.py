import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return (int(v), int(v)) if np.ndim(v) == 0 else (int(v[0]), int(v[1]))


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    """Depthwise: one einsum over strided kh×kw windows (channel c with kernel c only);
    pointwise: one [O, C] @ [C, oh*ow] matrix product per image."""
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    N, C, H, W = x.shape
    kh, kw = dw_weight.shape[2:]
    O = pw_weight.shape[0]
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw))) if ph or pw else x
    win = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw]  # [N, C, oh, ow, kh, kw]
    y = np.einsum("nchwij,cij->nchw", win, dw_weight[:, 0], optimize=True)
    oh, ow = y.shape[2:]
    if dw_bias is not None:
        y += dw_bias[:, None, None]
    out = np.matmul(pw_weight.reshape(O, C), y.reshape(N, C, oh * ow)).reshape(N, O, oh, ow)
    if pw_bias is not None:
        out += pw_bias[:, None, None]
    return out
