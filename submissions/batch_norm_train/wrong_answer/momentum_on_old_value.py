# mistake: momentum weighs the old running value (Keras style: momentum * running + (1 - momentum) * batch)
# 错误：momentum 作为旧滑动值的权重（Keras 风格：momentum * running + (1 - momentum) * batch）
import numpy as np


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5):
    axes = tuple(i for i in range(x.ndim) if i != 1)
    shape = [1] * x.ndim
    shape[1] = -1
    mu = x.mean(axis=axes)
    var = x.var(axis=axes)
    y = (x - mu.reshape(shape)) / np.sqrt(var + eps).reshape(shape) * gamma.reshape(shape) + beta.reshape(shape)
    new_mean = momentum * running_mean + (1 - momentum) * mu
    new_var = momentum * running_var + (1 - momentum) * x.var(axis=axes, ddof=1)
    return y, new_mean, new_var
