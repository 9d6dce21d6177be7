# mistake: the depthwise step is a full convolution: each output channel sums its kernel over all input channels
# 错误：逐通道卷积写成了完整卷积：每个输出通道把自己的卷积核作用在所有输入通道上并求和
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    """Mistake: channel c of the depthwise output is sum over all input channels c' of
    x[c'] ⋆ k[c] (a full convolution with the kernel shared across input channels)."""
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    kh, kw = dw_weight.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    win = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw]
    y = np.einsum("ndhwij,cij->nchw", win, dw_weight[:, 0])
    if dw_bias is not None:
        y = y + dw_bias[:, None, None]
    out = np.einsum("oc,nchw->nohw", pw_weight[:, :, 0, 0], y)
    if pw_bias is not None:
        out = out + pw_bias[:, None, None]
    return out
