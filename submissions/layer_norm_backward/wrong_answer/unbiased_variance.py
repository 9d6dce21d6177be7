# mistake: uses the unbiased variance (divides by D - 1) instead of the biased one (D)
# 错误：使用无偏方差（除以 D - 1），而不是有偏方差（除以 D）
import numpy as np


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    D = x.shape[-1]
    mu = x.mean(-1, keepdims=True)
    rstd = 1.0 / np.sqrt(x.var(-1, keepdims=True, ddof=1) + eps)
    xhat = (x - mu) * rstd
    g = dy * gamma
    dx = rstd * (g - g.mean(-1, keepdims=True) - xhat * (g * xhat).sum(-1, keepdims=True) / (D - 1))
    return dx, (dy * xhat).reshape(-1, D).sum(0), dy.reshape(-1, D).sum(0)
