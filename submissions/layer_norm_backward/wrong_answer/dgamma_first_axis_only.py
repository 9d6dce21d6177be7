# mistake: sums dgamma and dbeta over axis 0 only, not over every leading axis (wrong for 1-D and 3-D+ input)
# 错误：dgamma 和 dbeta 只在第 0 轴上求和，而不是在所有前导轴上求和（1 维和 3 维以上输入会出错）
import numpy as np


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    mu = x.mean(-1, keepdims=True)
    rstd = 1.0 / np.sqrt(x.var(-1, keepdims=True) + eps)
    xhat = (x - mu) * rstd
    g = dy * gamma
    dx = rstd * (g - g.mean(-1, keepdims=True) - xhat * (g * xhat).mean(-1, keepdims=True))
    return dx, (dy * xhat).sum(axis=0), dy.sum(axis=0)
