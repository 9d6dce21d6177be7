import numpy as np


def project_points(points, R, t, K):
    """World -> camera (X_cam = R X + t), then the pinhole projection with K, all points at once."""
    cam = points @ R.T + t              # [N, 3] camera coordinates
    z = cam[:, 2]
    uvw = cam @ K[:2].T                 # [N, 2]: rows 0 and 1 of K @ X_cam
    return uvw / z[:, None], z.copy()
