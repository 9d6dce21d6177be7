"""Correct, but a Python loop over the points with scalar arithmetic."""
import numpy as np


def project_points(points, R, t, K):
    Rl, tl, Kl = R.tolist(), t.tolist(), K.tolist()
    uv = []
    depth = []
    for X, Y, Z in points.tolist():
        x = Rl[0][0] * X + Rl[0][1] * Y + Rl[0][2] * Z + tl[0]
        y = Rl[1][0] * X + Rl[1][1] * Y + Rl[1][2] * Z + tl[1]
        z = Rl[2][0] * X + Rl[2][1] * Y + Rl[2][2] * Z + tl[2]
        u = (Kl[0][0] * x + Kl[0][1] * y + Kl[0][2] * z) / z
        v = (Kl[1][1] * y + Kl[1][2] * z) / z
        uv.append((u, v))
        depth.append(z)
    return np.array(uv, dtype=points.dtype).reshape(-1, 2), np.array(depth, dtype=points.dtype)
