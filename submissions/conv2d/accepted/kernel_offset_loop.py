import numpy as np


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """A second style: loop over the kh*kw kernel taps, one batched matmul per tap."""
    sh, sw = (stride, stride) if np.isscalar(stride) else stride
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    dh, dw = (dilation, dilation) if np.isscalar(dilation) else dilation
    N, C, H, W = x.shape
    Co, Cg, kh, kw = weight.shape
    G, Og = groups, Co // groups
    xp = np.zeros((N, C, H + 2 * ph, W + 2 * pw), dtype=x.dtype)
    xp[:, :, ph:ph + H, pw:pw + W] = x
    oh = (H + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    ow = (W + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    xg = xp.reshape(N, G, Cg, H + 2 * ph, W + 2 * pw)
    wg = weight.reshape(G, Og, Cg, kh, kw)
    out = np.zeros((N, G, Og, oh * ow), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            tap = xg[:, :, :, i * dh: i * dh + sh * (oh - 1) + 1: sh, j * dw: j * dw + sw * (ow - 1) + 1: sw]
            out += wg[:, :, :, i, j] @ tap.reshape(N, G, Cg, oh * ow)
    out = out.reshape(N, Co, oh, ow)
    if bias is not None:
        out += bias[:, None, None]
    return out
