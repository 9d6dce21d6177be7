# mistake: back-propagates through the ReLU without its mask (treats relu'(z) as 1 everywhere)
# 错误：反向传播经过 ReLU 时没有乘掩码（把 relu'(z) 当作处处为 1）
import numpy as np


def mlp_backward(x, W1, b1, W2, b2, t):
    h = np.maximum(x @ W1 + b1, 0)
    y = h @ W2 + b2
    dy = 2.0 * (y - t) / t.size
    dW2 = h.T @ dy
    db2 = dy.sum(axis=0)
    dz = dy @ W2.T
    dW1 = x.T @ dz
    db1 = dz.sum(axis=0)
    return dW1, db1, dW2, db2
