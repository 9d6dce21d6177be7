# mistake: applies R transposed (points @ R + t, i.e. R^T X + t) instead of R X + t
# 错误：用了 R 的转置（points @ R + t，即 R^T X + t），而不是 R X + t
import numpy as np


def project_points(points, R, t, K):
    """Classic mistake: a row-vector product without the transpose (the camera-to-world reading of R)."""
    cam = points @ R + t
    uvw = cam @ K.T
    return uvw[:, :2] / uvw[:, 2:3], cam[:, 2]
