"""Correct, but Python loops over every output element of every channel."""
import numpy as np


def max_pool2d(x, kernel_size, stride=None, padding=0):
    kh, kw = (kernel_size, kernel_size) if np.isscalar(kernel_size) else kernel_size
    sh, sw = (kh, kw) if stride is None else ((stride, stride) if np.isscalar(stride) else stride)
    ph, pw = (padding, padding) if np.isscalar(padding) else padding
    n, c, h, w = x.shape
    ho, wo = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw) // sw + 1
    out = np.empty((n, c, ho, wo), dtype=x.dtype)
    for a in range(n):
        for b in range(c):
            img = x[a, b]
            for i in range(ho):
                for j in range(wo):
                    best = -np.inf
                    for di in range(kh):
                        r = i * sh + di - ph
                        if 0 <= r < h:
                            for dj in range(kw):
                                q = j * sw + dj - pw
                                if 0 <= q < w and img[r, q] > best:
                                    best = img[r, q]
                    out[a, b, i, j] = best
    return out
