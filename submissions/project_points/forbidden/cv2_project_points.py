"""Forbidden: cv2.projectPoints with a Rodrigues vector and no distortion."""
import cv2
import numpy as np


def project_points(points, R, t, K):
    rvec, _ = cv2.Rodrigues(R.astype(np.float64))
    uv, _ = cv2.projectPoints(points.astype(np.float64), rvec, t.astype(np.float64), K.astype(np.float64), None)
    depth = points @ R[2] + t[2]
    return uv.reshape(-1, 2).astype(points.dtype), depth
