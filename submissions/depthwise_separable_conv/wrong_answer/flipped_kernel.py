# mistake: flips the depthwise kernel (true convolution) while conv2d is a cross-correlation
# 错误：把逐通道卷积核翻转（真正的卷积），而 conv2d 是互相关
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    """Mistake: the kernel is flipped in both axes (textbook convolution)."""
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    kh, kw = dw_weight.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    win = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw]
    y = np.einsum("nchwij,cij->nchw", win, dw_weight[:, 0, ::-1, ::-1])
    if dw_bias is not None:
        y = y + dw_bias[:, None, None]
    out = np.einsum("oc,nchw->nohw", pw_weight[:, :, 0, 0], y)
    if pw_bias is not None:
        out = out + pw_bias[:, None, None]
    return out
