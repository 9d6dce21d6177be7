"""Textbook form with keepdims: np.var for the biased variance, ddof=1 for the running update."""
import numpy as np


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5):
    axes = tuple(i for i in range(x.ndim) if i != 1)
    shape = [1] * x.ndim
    shape[1] = -1
    mu = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    xhat = (x - mu) / np.sqrt(var + eps)
    y = gamma.reshape(shape) * xhat + beta.reshape(shape)
    unbiased = x.var(axis=axes, ddof=1)
    new_mean = (1 - momentum) * running_mean + momentum * mu.reshape(-1)
    new_var = (1 - momentum) * running_var + momentum * unbiased
    return y, new_mean, new_var
