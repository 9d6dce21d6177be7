"""Camera coordinates with R @ X + t, normalised image coordinates x/z, y/z, then fx, skew, fy and the principal point."""
import numpy as np


def project_points(points, R, t, K):
    cam = (R @ points.T).T + t
    x, y, z = cam[:, 0], cam[:, 1], cam[:, 2]
    xn, yn = x / z, y / z
    u = K[0, 0] * xn + K[0, 1] * yn + K[0, 2]
    v = K[1, 1] * yn + K[1, 2]
    return np.stack([u, v], axis=1), z
