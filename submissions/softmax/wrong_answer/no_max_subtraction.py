# mistake: computes exp(x) / sum(exp(x)) without subtracting the max, overflowing to inf/inf = nan
# 错误：直接算 exp(x) / sum(exp(x))，没减去最大值，溢出得到 inf/inf = nan
import numpy as np


def softmax(x, axis=-1):
    """Classic mistake: the textbook formula; exp(1e4) is inf, exp(-1e4) is 0 -> nan."""
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)
