# mistake: maps d to d * in / out without the half-pixel offset when align_corners is False
# 错误：align_corners 为 False 时把 d 映射为 d * in / out，漏掉了半像素偏移 (+0.5 / -0.5)
import numpy as np


def _axis(n_in, n_out, align_corners):
    d = np.arange(n_out, dtype=np.float64)
    if align_corners:
        s = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else np.zeros(n_out)
    else:
        s = d * (n_in / n_out)
    i0 = np.minimum(s.astype(np.int64), n_in - 1)
    return i0, np.minimum(i0 + 1, n_in - 1), s - i0


def bilinear_resize(x, out_size, align_corners):
    """Classic mistake: the 'asymmetric' mapping (pixel corners, not centres)."""
    r0, r1, wr = _axis(x.shape[-2], out_size[0], align_corners)
    c0, c1, wc = _axis(x.shape[-1], out_size[1], align_corners)
    rows = x[..., r0, :] * (1 - wr)[:, None] + x[..., r1, :] * wr[:, None]
    return (rows[..., c0] * (1 - wc) + rows[..., c1] * wc).astype(x.dtype)
