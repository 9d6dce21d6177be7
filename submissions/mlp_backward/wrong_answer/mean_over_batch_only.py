# mistake: divides the loss gradient by N (the batch size) only, instead of by N * D_out (every element)
# 错误：损失梯度只除以 N（batch 大小），而不是除以 N * D_out（全部元素个数）
import numpy as np


def mlp_backward(x, W1, b1, W2, b2, t):
    z = x @ W1 + b1
    h = np.maximum(z, 0)
    y = h @ W2 + b2
    dy = 2.0 * (y - t) / x.shape[0]
    dW2 = h.T @ dy
    db2 = dy.sum(axis=0)
    dz = (dy @ W2.T) * (z > 0)
    dW1 = x.T @ dz
    db1 = dz.sum(axis=0)
    return dW1, db1, dW2, db2
