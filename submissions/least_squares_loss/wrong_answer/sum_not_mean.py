# mistake: returns the sum of squared residuals instead of their mean
# 错误：返回残差平方和，而不是残差平方的平均值
import numpy as np


def least_squares_loss(points, w, b):
    r = points[:, 1] - (w * points[:, 0] + b)
    return float(np.sum(r.astype(np.float64) ** 2))
