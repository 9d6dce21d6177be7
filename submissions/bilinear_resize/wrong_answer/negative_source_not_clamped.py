# mistake: does not clamp negative source coordinates to 0, so the first output pixels blend in index -1 (the last pixel)
# 错误：没有把负的源坐标截断为 0，导致前几个输出像素混入了下标 -1（即最后一个像素）
import numpy as np


def _axis(n_in, n_out, align_corners):
    d = np.arange(n_out, dtype=np.float64)
    if align_corners:
        s = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else np.zeros(n_out)
    else:
        s = (d + 0.5) * (n_in / n_out) - 0.5          # may be negative when upsampling
    i0 = np.minimum(np.floor(s).astype(np.int64), n_in - 1)
    return i0, np.minimum(i0 + 1, n_in - 1), s - i0


def bilinear_resize(x, out_size, align_corners):
    """Classic mistake: floor(-0.25) = -1 reads x[..., -1], which NumPy wraps to the far border."""
    r0, r1, wr = _axis(x.shape[-2], out_size[0], align_corners)
    c0, c1, wc = _axis(x.shape[-1], out_size[1], align_corners)
    rows = x[..., r0, :] * (1 - wr)[:, None] + x[..., r1, :] * wr[:, None]
    return (rows[..., c0] * (1 - wc) + rows[..., c1] * wc).astype(x.dtype)
