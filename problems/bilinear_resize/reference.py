import numpy as np


def _axis(n_in, n_out, align_corners):
    """Source neighbours (i0, i1) and the weight of i1 for each output index along one axis."""
    d = np.arange(n_out, dtype=np.float64)
    if align_corners:
        src = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else np.zeros(n_out)
    else:
        src = np.maximum((d + 0.5) * (n_in / n_out) - 0.5, 0.0)
    i0 = np.minimum(src.astype(np.int64), n_in - 1)  # src >= 0: truncation is floor
    i1 = np.minimum(i0 + 1, n_in - 1)
    return i0, i1, src - i0


def bilinear_resize(x, out_size, align_corners):
    """Separable bilinear resize over the last two axes (rows, then columns), as torch's interpolate."""
    H, W = x.shape[-2:]
    Ho, Wo = int(out_size[0]), int(out_size[1])
    dt = x.dtype
    r0, r1, wr = _axis(H, Ho, align_corners)
    c0, c1, wc = _axis(W, Wo, align_corners)
    wr = wr.astype(dt)[:, None]
    wc = wc.astype(dt)
    top, bot = np.take(x, r0, axis=-2), np.take(x, r1, axis=-2)
    rows = top + (bot - top) * wr                     # [..., Ho, W]
    left, right = np.take(rows, c0, axis=-1), np.take(rows, c1, axis=-1)
    return left + (right - left) * wc                 # [..., Ho, Wo]
