"""scipy.signal.correlate2d per (image, channel) for the depthwise step (stride applied after)."""
import numpy as np
from scipy.signal import correlate2d


def depthwise_separable_conv(x, dw_weight, dw_bias, pw_weight, pw_bias, stride=1, padding=0):
    sh, sw = (stride, stride) if np.isscalar(stride) else stride
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    y = np.stack([np.stack([correlate2d(xp[n, c], dw_weight[c, 0], mode="valid")[::sh, ::sw]
                            for c in range(x.shape[1])]) for n in range(x.shape[0])])
    if dw_bias is not None:
        y = y + dw_bias[:, None, None]
    out = np.einsum("oc,nchw->nohw", pw_weight[:, :, 0, 0], y)
    return out if pw_bias is None else out + pw_bias[:, None, None]
