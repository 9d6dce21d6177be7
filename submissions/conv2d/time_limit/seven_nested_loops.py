import numpy as np


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """Correct, but the textbook 7 nested Python loops: one multiply-add per iteration."""
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    dh, dw = (dilation, dilation) if isinstance(dilation, int) else dilation
    N, C, H, W = x.shape
    Co, Cg, kh, kw = weight.shape
    Og = Co // groups
    oh = (H + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    ow = (W + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    out = np.zeros((N, Co, oh, ow), dtype=x.dtype)
    for n in range(N):
        for o in range(Co):
            g = o // Og
            for y in range(oh):
                for xx in range(ow):
                    acc = 0.0 if bias is None else float(bias[o])
                    for c in range(Cg):
                        for i in range(kh):
                            for j in range(kw):
                                r = y * sh + i * dh - ph
                                s = xx * sw + j * dw - pw
                                if 0 <= r < H and 0 <= s < W:
                                    acc += x[n, g * Cg + c, r, s] * weight[o, c, i, j]
                    out[n, o, y, xx] = acc
    return out
