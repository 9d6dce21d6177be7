# mistake: divides by sqrt(running_var) + eps instead of sqrt(running_var + eps)
# 错误：分母用 sqrt(running_var) + eps，而不是 sqrt(running_var + eps)
import numpy as np


def batch_norm_eval(x, running_mean, running_var, gamma, beta, eps=1e-5):
    shape = (1, -1) + (1,) * (x.ndim - 2)
    std = (np.sqrt(running_var) + eps).reshape(shape)
    return (x - running_mean.reshape(shape)) / std * gamma.reshape(shape) + beta.reshape(shape)
