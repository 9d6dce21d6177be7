"""Source points from np.linalg.solve, weights in the image's dtype, out-of-image neighbours given weight 0 on a flat index."""
import numpy as np


def warp_perspective(src, M, out_size):
    Ho, Wo = out_size
    H, W = src.shape[-2:]
    ys, xs = np.mgrid[0:Ho, 0:Wo].astype(np.float64)
    dst = np.stack([xs, ys, np.ones_like(xs)], axis=0).reshape(3, -1)
    s = np.linalg.solve(M, dst)                      # M s = d  <=>  s = M^-1 d
    u = s[0] / s[2]
    v = s[1] / s[2]
    u = np.clip(u, -2.0, W + 1.0)
    v = np.clip(v, -2.0, H + 1.0)
    iu, iv = np.floor(u).astype(np.int64), np.floor(v).astype(np.int64)
    au = (u - iu).astype(src.dtype)
    av = (v - iv).astype(src.dtype)
    flat = src.reshape(src.shape[:-2] + (H * W,))
    res = 0
    for jv, wv in ((iv, 1 - av), (iv + 1, av)):
        inv = (jv >= 0) & (jv < H)
        for ju, wu in ((iu, 1 - au), (iu + 1, au)):
            ok = inv & (ju >= 0) & (ju < W)
            idx = np.where(ok, jv * W + ju, 0)
            res = res + flat[..., idx] * (wu * wv * ok)
    return res.reshape(src.shape[:-2] + (Ho, Wo))
