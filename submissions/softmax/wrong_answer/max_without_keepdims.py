# mistake: takes the max without keepdims=True, so it broadcasts along the wrong axis
# 错误：求最大值时没加 keepdims=True，沿错误的维度广播
import numpy as np


def softmax(x, axis=-1):
    """Classic mistake: the maximum without keepdims broadcasts along the wrong axis.

    On a square matrix this silently subtracts column maxima from rows.
    """
    e = np.exp(x - np.max(x, axis=axis))
    return e / e.sum(axis=axis, keepdims=True)
