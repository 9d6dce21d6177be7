# mistake: ignores the axis argument and always normalises over the last axis
# 错误：忽略 axis 参数，总是在最后一维上归一化
import numpy as np


def softmax(x, axis=-1):
    """Classic mistake: always normalises over the last axis."""
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
