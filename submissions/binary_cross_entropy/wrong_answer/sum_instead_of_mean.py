# mistake: sums the element losses instead of averaging them
# 错误：对逐元素损失求和，而不是取平均
import numpy as np


def bce(p, y, eps=1e-7):
    p = np.clip(p, eps, 1 - eps)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))
