import numpy as np


def _pair(v):
    return (int(v), int(v)) if np.ndim(v) == 0 else (int(v[0]), int(v[1]))


def _counts(size, k, s, p, n_out):
    """Per output position along one axis: how many of the k window elements are real (not padding)."""
    start = np.arange(n_out) * s - p
    return np.minimum(start + k, size) - np.maximum(start, 0)


def avg_pool2d(x, kernel_size, stride=None, padding=0, count_include_pad=True):
    """One strided-slice add per kernel offset over the zero-padded input, then one divide."""
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    ph, pw = _pair(padding)
    n, c, h, w = x.shape
    ho = (h + 2 * ph - kh) // sh + 1
    wo = (w + 2 * pw - kw) // sw + 1
    if ph or pw:
        xp = np.zeros((n, c, h + 2 * ph, w + 2 * pw), dtype=x.dtype)
        xp[:, :, ph:ph + h, pw:pw + w] = x
    else:
        xp = x
    out = None
    for i in range(kh):
        for j in range(kw):
            win = xp[:, :, i:i + sh * (ho - 1) + 1:sh, j:j + sw * (wo - 1) + 1:sw]
            out = win.copy() if out is None else np.add(out, win, out=out)
    if count_include_pad:
        out /= kh * kw
    else:
        div = np.outer(_counts(h, kh, sh, ph, ho), _counts(w, kw, sw, pw, wo)).astype(x.dtype)
        out /= div
    return out
