# mistake: samples the nearest source pixel (rounding the source point) instead of bilinear interpolation
# 错误：取最近邻像素（对源坐标四舍五入），而不是双线性插值
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
    """Classic mistake: nearest-neighbour sampling (zero outside the image)."""
    Ho, Wo = out_size
    ys, xs = np.mgrid[0:Ho, 0:Wo].astype(np.float64)
    q = np.einsum("ij,jhw->ihw", np.linalg.inv(M), np.stack([xs, ys, np.ones_like(xs)]))
    H, W = src.shape[-2:]
    xi = np.rint(q[0] / q[2]).astype(np.int64)
    yi = np.rint(q[1] / q[2]).astype(np.int64)
    ok = (xi >= 0) & (xi < W) & (yi >= 0) & (yi < H)
    return (src[..., np.where(ok, yi, 0), np.where(ok, xi, 0)] * ok).astype(src.dtype)
