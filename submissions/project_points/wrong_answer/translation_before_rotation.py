# mistake: adds t before rotating: R (X + t) instead of R X + t
# 错误：先加 t 再旋转：R (X + t)，而不是 R X + t
import numpy as np


def project_points(points, R, t, K):
    """Classic mistake: the translation applied in the world frame."""
    cam = (points + t) @ R.T
    uvw = cam @ K.T
    return uvw[:, :2] / uvw[:, 2:3], cam[:, 2]
