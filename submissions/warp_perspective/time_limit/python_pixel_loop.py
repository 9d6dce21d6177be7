"""Correct, but a Python loop over every destination pixel (and its four neighbours)."""
import math

import numpy as np


def warp_perspective(src, M, out_size):
    Ho, Wo = out_size
    H, W = src.shape[-2:]
    Minv = np.linalg.inv(M).tolist()
    img = src.reshape((-1, H, W))
    out = np.zeros((img.shape[0], Ho, Wo), dtype=np.float64)
    for y in range(Ho):
        for x in range(Wo):
            X = Minv[0][0] * x + Minv[0][1] * y + Minv[0][2]
            Y = Minv[1][0] * x + Minv[1][1] * y + Minv[1][2]
            Z = Minv[2][0] * x + Minv[2][1] * y + Minv[2][2]
            sx, sy = X / Z, Y / Z
            x0, y0 = math.floor(sx), math.floor(sy)
            fx, fy = sx - x0, sy - y0
            for yi, wy in ((y0, 1 - fy), (y0 + 1, fy)):
                if 0 <= yi < H:
                    for xi, wx in ((x0, 1 - fx), (x0 + 1, fx)):
                        if 0 <= xi < W:
                            out[:, y, x] += wx * wy * img[:, yi, xi]
    return out.reshape(src.shape[:-2] + (Ho, Wo)).astype(src.dtype)
