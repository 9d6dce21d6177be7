# mistake: writes log(1 - p) as log(1) - log(p)
# 错误：把 log(1 - p) 写成了 log(1) - log(p)
import numpy as np


def bce(p, y, eps=1e-7):
    p = np.clip(p, eps, 1 - eps)
    return float(-np.mean(y * np.log(p) + (1 - y) * (np.log(1.0) - np.log(p))))
