# mistake: swaps x and y: feeds (row, column, 1) to the homography, whose first coordinate is the column x
# 错误：x 和 y 弄反了：把 (行, 列, 1) 送进单应矩阵，而它的第一个坐标是列 x
import numpy as np


def _sample(src, sx, sy):
    H, W = src.shape[-2:]
    x0, y0 = np.floor(sx), np.floor(sy)
    fx, fy = sx - x0, sy - y0
    x0 = x0.astype(np.int64)
    y0 = y0.astype(np.int64)
    out = 0.0
    for dy, wy in ((0, 1 - fy), (1, fy)):
        for dx, wx in ((0, 1 - fx), (1, fx)):
            xi, yi = x0 + dx, y0 + dy
            ok = (xi >= 0) & (xi < W) & (yi >= 0) & (yi < H)
            out = out + np.where(ok, wx * wy, 0.0) * src[..., np.where(ok, yi, 0), np.where(ok, xi, 0)]
    return out.astype(src.dtype)


def warp_perspective(src, M, out_size):
    """Classic mistake: the homogeneous point built as (row, col, 1), its result read back as (row, col)."""
    Ho, Wo = out_size
    ys, xs = np.mgrid[0:Ho, 0:Wo].astype(np.float64)
    q = np.einsum("ij,jhw->ihw", np.linalg.inv(M), np.stack([ys, xs, np.ones_like(xs)]))
    return _sample(src, q[1] / q[2], q[0] / q[2])
