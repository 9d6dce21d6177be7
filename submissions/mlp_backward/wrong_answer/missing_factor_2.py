# mistake: drops the factor 2 of d(y - t)^2/dy (differentiates as if the loss had a 1/2 in front)
# 错误：漏掉 d(y - t)^2/dy 中的系数 2（当成损失前面有 1/2 来求导）
import numpy as np


def mlp_backward(x, W1, b1, W2, b2, t):
    z = x @ W1 + b1
    h = np.maximum(z, 0)
    y = h @ W2 + b2
    dy = (y - t) / t.size
    dW2 = h.T @ dy
    db2 = dy.sum(axis=0)
    dz = (dy @ W2.T) * (z > 0)
    dW1 = x.T @ dz
    db1 = dz.sum(axis=0)
    return dW1, db1, dW2, db2
