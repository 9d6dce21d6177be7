# mistake: projects dy (not dy * gamma) through the mean and variance terms, multiplying by gamma only at the end
# 错误：经过均值和方差项投影的是 dy（而不是 dy * gamma），最后才乘 gamma
import numpy as np


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    D = x.shape[-1]
    mu = x.mean(-1, keepdims=True)
    rstd = 1.0 / np.sqrt(x.var(-1, keepdims=True) + eps)
    xhat = (x - mu) * rstd
    dx = gamma * rstd * (dy - dy.mean(-1, keepdims=True) - xhat * (dy * xhat).mean(-1, keepdims=True))
    return dx, (dy * xhat).reshape(-1, D).sum(0), dy.reshape(-1, D).sum(0)
