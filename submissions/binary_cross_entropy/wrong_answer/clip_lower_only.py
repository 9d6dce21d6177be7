# mistake: clips p only from below (max(p, eps)), so p = 1 still gives log(1 - p) = log(0)
# 错误：只从下方截断 p（max(p, eps)），p = 1 时 log(1 - p) 仍是 log(0)
import numpy as np


def bce(p, y, eps=1e-7):
    p = np.maximum(p, eps)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
