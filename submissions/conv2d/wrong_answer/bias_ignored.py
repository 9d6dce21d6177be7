# mistake: accepts the bias argument but never adds it to the output
# 错误：接收了 bias 参数，但从未加到输出上
import numpy as np
from numpy.lib.stride_tricks import as_strided


def _pair(v):
    return (int(v), int(v)) if np.ndim(v) == 0 else (int(v[0]), int(v[1]))


def conv2d(x, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """Classic mistake: the bias is accepted and never added."""
    sh, sw = _pair(stride)
    ph, pw = _pair(padding)
    dh, dw = _pair(dilation)
    N, C, H, W = x.shape
    Co, Cg, kh, kw = weight.shape
    G = groups
    Og = Co // G
    dtype = np.result_type(x.dtype, weight.dtype)
    if ph or pw:
        x = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    Hp, Wp = H + 2 * ph, W + 2 * pw
    oh = (Hp - dh * (kh - 1) - 1) // sh + 1
    ow = (Wp - dw * (kw - 1) - 1) // sw + 1
    x = np.ascontiguousarray(x, dtype=dtype)
    s0, s1, s2, s3 = x.strides
    # windows[n, g, c, i, j, y, x] = x[n, g*Cg + c, y*sh + i*dh, x*sw + j*dw]
    win = as_strided(x, (N, G, Cg, kh, kw, oh, ow),
                     (s0, Cg * s1, s1, dh * s2, dw * s3, sh * s2, sw * s3), writeable=False)
    cols = win.reshape(N, G, Cg * kh * kw, oh * ow)  # the im2col copy
    w = np.asarray(weight, dtype=dtype).reshape(G, Og, Cg * kh * kw)
    out = np.matmul(w, cols).reshape(N, Co, oh, ow)  # [N, G, Og, P]: one GEMM per (n, g)
    return out
