# mistake: takes sqrt without clamping d^2 at 0, so rounding-negative values give nan
# 错误：开方前没有把 d^2 截断到 0，舍入误差产生的负值得到 nan
"""Classic mistake: no clamp before the square root; rounding makes equal rows' d^2 negative -> nan."""
import numpy as np


def pairwise_l2_distance(X, Y):
    xx = np.sum(X * X, axis=1)[:, None]
    yy = np.sum(Y * Y, axis=1)[None, :]
    with np.errstate(invalid="ignore"):
        return np.sqrt(xx + yy - 2 * X @ Y.T)
