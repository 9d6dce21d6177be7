# mistake: averages the bias gradients over the batch (mean over axis 0) instead of summing them
# 错误：偏置梯度在 batch 上取平均（对第 0 轴求 mean），而不是求和
import numpy as np


def mlp_backward(x, W1, b1, W2, b2, t):
    z = x @ W1 + b1
    h = np.maximum(z, 0)
    y = h @ W2 + b2
    dy = 2.0 * (y - t) / t.size
    dW2 = h.T @ dy
    db2 = dy.mean(axis=0)
    dz = (dy @ W2.T) * (z > 0)
    dW1 = x.T @ dz
    db1 = dz.mean(axis=0)
    return dW1, db1, dW2, db2
