# mistake: does not clip p, so p = 0 or 1 gives log(0) = -inf and 0 * inf = nan
# 错误：没有对 p 做截断，p = 0 或 1 时 log(0) = -inf，0 * inf = nan
import numpy as np


def bce(p, y, eps=1e-7):
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
