"""Homogeneous grid times M^-1 with one matrix product, then the four neighbours read with validity masks."""
import numpy as np


def warp_perspective(src, M, out_size):
    Ho, Wo = out_size
    H, W = src.shape[-2:]
    xs, ys = np.meshgrid(np.arange(Wo), np.arange(Ho))
    pts = np.stack([xs.ravel(), ys.ravel(), np.ones(Ho * Wo)]).astype(np.float64)   # [3, Ho*Wo]
    q = np.linalg.inv(M) @ pts
    sx, sy = q[0] / q[2], q[1] / q[2]
    x0, y0 = np.floor(sx), np.floor(sy)
    fx, fy = sx - x0, sy - y0
    x0 = x0.astype(np.int64)
    y0 = y0.astype(np.int64)
    out = np.zeros(src.shape[:-2] + (Ho * Wo,), dtype=np.float64)
    for dy, wy in ((0, 1 - fy), (1, fy)):
        for dx, wx in ((0, 1 - fx), (1, fx)):
            xi, yi = x0 + dx, y0 + dy
            ok = (xi >= 0) & (xi < W) & (yi >= 0) & (yi < H)
            vals = src[..., np.where(ok, yi, 0), np.where(ok, xi, 0)]
            out += np.where(ok, wx * wy, 0.0) * vals
    return out.reshape(src.shape[:-2] + (Ho, Wo)).astype(src.dtype)
