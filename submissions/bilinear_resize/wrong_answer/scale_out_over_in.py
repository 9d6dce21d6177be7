# mistake: computes the scale as out / in instead of in / out (source coordinates clipped into the image)
# 错误：缩放比例算成了 out / in，而不是 in / out（源坐标再被截断到图像内）
import numpy as np


def _axis(n_in, n_out, align_corners):
    d = np.arange(n_out, dtype=np.float64)
    if align_corners:
        s = d * ((n_out - 1) / (n_in - 1)) if n_in > 1 else np.zeros(n_out)
    else:
        s = (d + 0.5) * (n_out / n_in) - 0.5
    s = np.clip(s, 0.0, n_in - 1)
    i0 = np.minimum(s.astype(np.int64), n_in - 1)
    return i0, np.minimum(i0 + 1, n_in - 1), s - i0


def bilinear_resize(x, out_size, align_corners):
    """Classic mistake: the ratio inverted."""
    r0, r1, wr = _axis(x.shape[-2], out_size[0], align_corners)
    c0, c1, wc = _axis(x.shape[-1], out_size[1], align_corners)
    rows = x[..., r0, :] * (1 - wr)[:, None] + x[..., r1, :] * wr[:, None]
    return (rows[..., c0] * (1 - wc) + rows[..., c1] * wc).astype(x.dtype)
