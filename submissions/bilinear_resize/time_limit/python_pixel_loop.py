"""Correct, but a Python loop over every output pixel of every channel."""
import math

import numpy as np


def _src(d, n_in, n_out, align_corners):
    if align_corners:
        return d * (n_in - 1) / (n_out - 1) if n_out > 1 else 0.0
    return max((d + 0.5) * n_in / n_out - 0.5, 0.0)


def bilinear_resize(x, out_size, align_corners):
    H, W = x.shape[-2:]
    Ho, Wo = out_size
    flat = x.reshape(-1, H, W)
    out = np.empty((flat.shape[0], Ho, Wo), dtype=x.dtype)
    for c in range(flat.shape[0]):
        img = flat[c]
        for i in range(Ho):
            sy = _src(i, H, Ho, align_corners)
            y0 = min(int(math.floor(sy)), H - 1)
            y1 = min(y0 + 1, H - 1)
            ly = sy - y0
            for j in range(Wo):
                sx = _src(j, W, Wo, align_corners)
                x0 = min(int(math.floor(sx)), W - 1)
                x1 = min(x0 + 1, W - 1)
                lx = sx - x0
                out[c, i, j] = ((1 - ly) * ((1 - lx) * img[y0, x0] + lx * img[y0, x1])
                                + ly * ((1 - lx) * img[y1, x0] + lx * img[y1, x1]))
    return out.reshape(x.shape[:-2] + (Ho, Wo))
