# mistake: reads the columns the wrong way round (column 0 as y, column 1 as x)
# 错误：把两列读反了（第 0 列当成 y，第 1 列当成 x）
import numpy as np


def least_squares_loss(points, w, b):
    y, x = points[:, 0].astype(np.float64), points[:, 1].astype(np.float64)
    return float(np.mean((w * x + b - y) ** 2))
