"""Builds the 3x4 projection matrix P = K [R | t] and applies it to homogeneous points."""
import numpy as np


def project_points(points, R, t, K):
    P = K @ np.hstack([R, t[:, None]])                             # [3, 4]
    hom = np.hstack([points, np.ones((points.shape[0], 1), dtype=points.dtype)])
    uvw = hom @ P.T                                                # [N, 3]
    depth = points @ R[2] + t[2]
    return uvw[:, :2] / uvw[:, 2:3], depth
