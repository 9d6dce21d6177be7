# mistake: normalises with the batch's own mean and variance (training mode) instead of the running statistics
# 错误：用当前 batch 自身的均值和方差（训练模式）归一化，而不是用滑动统计量
import numpy as np


def batch_norm_eval(x, running_mean, running_var, gamma, beta, eps=1e-5):
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    mu = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * gamma.reshape(shape) + beta.reshape(shape)
