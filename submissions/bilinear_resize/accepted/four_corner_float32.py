"""The 2 x 2 weighted sum of the four neighbours, source coordinates in the input's dtype (as torch computes them)."""
import numpy as np


def _coords(n_in, n_out, align_corners, dt):
    d = np.arange(n_out).astype(dt)
    if align_corners:
        scale = dt.type((n_in - 1) / (n_out - 1)) if n_out > 1 else dt.type(0)
        s = d * scale
    else:
        scale = dt.type(n_in / n_out)
        s = (d + dt.type(0.5)) * scale - dt.type(0.5)
        s[s < 0] = 0
    i0 = s.astype(np.int64)
    i1 = np.where(i0 < n_in - 1, i0 + 1, i0)
    l1 = s - i0.astype(dt)
    return i0, i1, 1 - l1, l1


def bilinear_resize(x, out_size, align_corners):
    dt = x.dtype
    H, W = x.shape[-2:]
    y0, y1, wy0, wy1 = _coords(H, out_size[0], align_corners, dt)
    x0, x1, wx0, wx1 = _coords(W, out_size[1], align_corners, dt)
    Y0, Y1 = y0[:, None], y1[:, None]
    out = (x[..., Y0, x0] * (wy0[:, None] * wx0) + x[..., Y0, x1] * (wy0[:, None] * wx1)
           + x[..., Y1, x0] * (wy1[:, None] * wx0) + x[..., Y1, x1] * (wy1[:, None] * wx1))
    return out.astype(dt, copy=False)
