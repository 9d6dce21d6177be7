# mistake: subtracts one global max over the whole array instead of the max along the given axis
# 错误：减去整个数组的全局最大值，而不是沿指定 axis 的最大值
import numpy as np


def softmax(x, axis=-1):
    """Classic mistake: one maximum for the whole array; slices far below it underflow to 0/0."""
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=axis, keepdims=True)
