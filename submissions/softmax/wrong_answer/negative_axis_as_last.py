# mistake: treats every negative axis as -1 instead of converting it with axis + ndim
# 错误：把所有负的 axis 都当成 -1，而不是用 axis + ndim 换算
import numpy as np


def softmax(x, axis=-1):
    """Classic mistake: treats every negative axis as -1 (only the last axis is ever negative)."""
    if axis < 0:
        axis = x.ndim - 1
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
