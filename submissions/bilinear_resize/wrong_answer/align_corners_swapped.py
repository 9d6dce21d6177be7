# mistake: swaps the align_corners semantics (uses the corner-aligned mapping when it is False, and the half-pixel one when True)
# 错误：把 align_corners 的两种语义弄反了（False 时用角点对齐的映射，True 时用半像素中心映射）
import numpy as np


def _axis(n_in, n_out, align_corners):
    d = np.arange(n_out, dtype=np.float64)
    if not align_corners:
        s = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else np.zeros(n_out)
    else:
        s = np.maximum((d + 0.5) * (n_in / n_out) - 0.5, 0.0)
    i0 = np.minimum(s.astype(np.int64), n_in - 1)
    return i0, np.minimum(i0 + 1, n_in - 1), s - i0


def bilinear_resize(x, out_size, align_corners):
    """Classic mistake: the two conventions exchanged."""
    r0, r1, wr = _axis(x.shape[-2], out_size[0], align_corners)
    c0, c1, wc = _axis(x.shape[-1], out_size[1], align_corners)
    rows = x[..., r0, :] * (1 - wr)[:, None] + x[..., r1, :] * wr[:, None]
    return (rows[..., c0] * (1 - wc) + rows[..., c1] * wc).astype(x.dtype)
