# mistake: applies the pointwise 1x1 convolution before the depthwise one
# 错误：先做逐点 1x1 卷积，再做逐通道卷积（顺序颠倒）
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    """Mistake: the 1x1 channel mixing runs first and the per-channel kernels then filter its
    output (only shape-compatible when O == C; otherwise it fails on the broadcast)."""
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    kh, kw = dw_weight.shape[2:]
    z = np.einsum("oc,nchw->nohw", pw_weight[:, :, 0, 0], x)
    if pw_bias is not None:
        z = z + pw_bias[:, None, None]
    zp = np.pad(z, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    win = sliding_window_view(zp, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw]
    out = np.einsum("nchwij,cij->nchw", win, dw_weight[:, 0])
    if dw_bias is not None:
        out = out + dw_bias[:, None, None]
    return out
