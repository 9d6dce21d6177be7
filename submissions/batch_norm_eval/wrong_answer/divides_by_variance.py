# mistake: divides by running_var + eps (the variance) instead of its square root (the standard deviation)
# 错误：除以 running_var + eps（方差），而不是它的平方根（标准差）
import numpy as np


def batch_norm_eval(x, running_mean, running_var, gamma, beta, eps=1e-5):
    shape = (1, -1) + (1,) * (x.ndim - 2)
    return ((x - running_mean.reshape(shape)) / (running_var + eps).reshape(shape)
            * gamma.reshape(shape) + beta.reshape(shape))
