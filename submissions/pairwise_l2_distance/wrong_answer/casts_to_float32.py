# mistake: always casts to float32 regardless of the input dtype, losing float64 precision in the expansion
# 错误：不管输入 dtype 都转成 float32 计算，展开式中丢失 float64 精度
"""Classic mistake: always computes in float32; float64 inputs far from the origin lose their precision."""
import numpy as np


def pairwise_l2_distance(X, Y):
    X = X.astype(np.float32)
    Y = Y.astype(np.float32)
    xx = np.sum(X * X, axis=1)[:, None]
    yy = np.sum(Y * Y, axis=1)[None, :]
    return np.sqrt(np.maximum(xx + yy - 2 * X @ Y.T, 0))
