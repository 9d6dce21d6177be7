"""sliding_window_view windows, one einsum for the depthwise step and one for the pointwise step."""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    kh, kw = dw_weight.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    win = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw]  # [N, C, oh, ow, kh, kw]
    y = np.einsum("nchwij,cij->nchw", win, dw_weight[:, 0], optimize=True)
    if dw_bias is not None:
        y = y + dw_bias[:, None, None]
    out = np.einsum("oc,nchw->nohw", pw_weight[:, :, 0, 0], y, optimize=True)
    if pw_bias is not None:
        out = out + pw_bias[:, None, None]
    return out
