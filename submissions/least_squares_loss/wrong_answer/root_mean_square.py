# mistake: returns the root of the mean squared error (RMSE) instead of the mean squared error
# 错误：返回均方根误差（RMSE，开了平方根），而不是均方误差
import numpy as np


def least_squares_loss(points, w, b):
    r = points[:, 1] - (w * points[:, 0] + b)
    return float(np.sqrt(np.mean(r.astype(np.float64) ** 2)))
