# mistake: adds the 1/2 factor of the gradient-friendly form, (1/2N) * sum of squares
# 错误：多乘了 1/2（为方便求导的写法），即 (1/2N) * 残差平方和
import numpy as np


def least_squares_loss(points, w, b):
    r = points[:, 1] - (w * points[:, 0] + b)
    return float(np.mean(r.astype(np.float64) ** 2) / 2)
