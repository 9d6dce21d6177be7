# mistake: computes p * log(p / q) everywhere, so p = 0 gives 0 * -inf or 0 * log(0/0) = nan
# 错误：对所有元素直接算 p * log(p / q)，p = 0 时得到 0 * -inf 或 0 * log(0/0) = nan
import numpy as np


def kl(p, q):
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.mean(np.sum(p * np.log(p / q), axis=-1)))
