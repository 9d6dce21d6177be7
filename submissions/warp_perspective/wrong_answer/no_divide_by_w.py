# mistake: forgets to divide by the homogeneous w: uses (X, Y) of M^-1 (x, y, 1) as the source point instead of (X / w, Y / w)
# 错误：忘了除以齐次坐标 w：直接把 M^-1 (x, y, 1) 的 (X, Y) 当作源坐标，而不是 (X / w, Y / w)
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
    """Classic mistake: correct for an affine M normalised to M[2, 2] = 1, wrong under perspective."""
    Ho, Wo = out_size
    ys, xs = np.mgrid[0:Ho, 0:Wo].astype(np.float64)
    q = np.einsum("ij,jhw->ihw", np.linalg.inv(M), np.stack([xs, ys, np.ones_like(xs)]))
    return _sample(src, q[0], q[1])
