# mistake: always computes and returns float32, losing float64 precision
# 错误：总是按 float32 计算并返回，丢失 float64 精度
import numpy as np


def softmax(x, axis=-1):
    """Classic mistake: always computes and returns float32, losing float64 precision."""
    x = x.astype(np.float32)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)
