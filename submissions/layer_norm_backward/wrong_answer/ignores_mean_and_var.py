# mistake: treats mean and variance as constants: dx = dy * gamma / sqrt(var + eps), without the terms through them
# 错误：把均值和方差当作常数：dx = dy * gamma / sqrt(var + eps)，漏掉经过它们的梯度项
import numpy as np


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    mu = x.mean(-1, keepdims=True)
    rstd = 1.0 / np.sqrt(x.var(-1, keepdims=True) + eps)
    xhat = (x - mu) * rstd
    D = x.shape[-1]
    dx = dy * gamma * rstd
    return dx, (dy * xhat).reshape(-1, D).sum(0), dy.reshape(-1, D).sum(0)
