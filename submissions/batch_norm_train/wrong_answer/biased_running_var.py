# mistake: updates running_var with the biased batch variance (divides by n) instead of the unbiased one (n - 1)
# 错误：用有偏的 batch 方差（除以 n）更新 running_var，而不是无偏方差（除以 n - 1）
import numpy as np


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5):
    axes = tuple(i for i in range(x.ndim) if i != 1)
    shape = [1] * x.ndim
    shape[1] = -1
    mu = x.mean(axis=axes)
    var = x.var(axis=axes)
    y = (x - mu.reshape(shape)) / np.sqrt(var + eps).reshape(shape) * gamma.reshape(shape) + beta.reshape(shape)
    new_mean = (1 - momentum) * running_mean + momentum * mu
    new_var = (1 - momentum) * running_var + momentum * var
    return y, new_mean, new_var
