# mistake: divides by z first and then multiplies by the 2x2 focal part of K only, losing the principal point (cx, cy)
# 错误：先除以 z，再只乘 K 左上角 2x2 的焦距部分，丢掉了主点 (cx, cy)
import numpy as np


def project_points(points, R, t, K):
    """Classic mistake: normalised coordinates scaled by the focal lengths, no principal point added."""
    cam = points @ R.T + t
    z = cam[:, 2]
    return (cam[:, :2] / z[:, None]) @ K[:2, :2].T, z
