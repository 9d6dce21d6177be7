# mistake: swaps gx and gy (differences along rows returned as gx)
# 错误：gx 和 gy 互换（沿行方向的差分被当作 gx 返回）
import numpy as np


def sobel_edges(image):
    """Classic mistake: the kernel for x applied along the row axis and vice versa."""
    p = np.pad(image, 1)
    d = p[:, 2:] - p[:, :-2]
    e = p[2:, :] - p[:-2, :]
    return e[:, :-2] + 2 * e[:, 1:-1] + e[:, 2:], d[:-2] + 2 * d[1:-1] + d[2:]
