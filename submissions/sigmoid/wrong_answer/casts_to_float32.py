# mistake: always computes in float32, so float64 inputs lose precision
# 错误：总是用 float32 计算，float64 输入丢失精度
"""Classic mistake: always computes in float32, so float64 inputs lose precision."""
import numpy as np


def sigmoid(x):
    x = x.astype(np.float32)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))
