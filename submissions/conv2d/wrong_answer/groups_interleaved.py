# mistake: group g takes channels g, g+G, g+2G, ... (interleaved) instead of the contiguous block of C/G channels
# 错误：第 g 组取通道 g, g+G, g+2G, ...（交错），而不是连续的 C/G 个通道
import numpy as np


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """Mistake: group g takes input channels g, g+G, g+2G, ... (interleaved) instead of the
    contiguous block g*C/G .. (g+1)*C/G - 1 (output channels likewise)."""
    sh, sw = (stride, stride) if np.isscalar(stride) else stride
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    dh, dw = (dilation, dilation) if np.isscalar(dilation) else dilation
    N, C, H, W = x.shape
    Co, Cg, kh, kw = weight.shape
    G = groups
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    oh = (H + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    ow = (W + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    out = np.zeros((N, Co, oh, ow), dtype=x.dtype)
    for g in range(G):
        xg = xp[:, g::G]
        wg = weight[g::G]
        for i in range(kh):
            for j in range(kw):
                tap = xg[:, :, i * dh: i * dh + sh * (oh - 1) + 1: sh, j * dw: j * dw + sw * (ow - 1) + 1: sw]
                out[:, g::G] += np.einsum("nchw,oc->nohw", tap, wg[:, :, i, j])
    if bias is not None:
        out += bias[:, None, None]
    return out
