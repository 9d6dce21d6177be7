# mistake: returns (v, u) instead of (u, v): the row coordinate first
# 错误：返回 (v, u) 而不是 (u, v)：把行坐标放在了前面
import numpy as np


def project_points(points, R, t, K):
    """Classic mistake: pixel coordinates in (row, column) order."""
    cam = points @ R.T + t
    uvw = cam @ K.T
    uv = uvw[:, :2] / uvw[:, 2:3]
    return uv[:, ::-1], cam[:, 2]
