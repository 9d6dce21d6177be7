import numpy as np


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5):
    """Training-mode BatchNorm: per-channel batch statistics over every axis but 1, biased
    variance to normalise, unbiased variance in the running update (as torch.nn.BatchNorm)."""
    axes = (0,) + tuple(range(2, x.ndim))
    shape = (1, -1) + (1,) * (x.ndim - 2)
    n = x.size // x.shape[1]
    mean = x.mean(axis=axes)
    xc = x - mean.reshape(shape)
    var = np.mean(xc * xc, axis=axes)  # biased: divides by n
    y = xc * (gamma / np.sqrt(var + eps)).reshape(shape) + beta.reshape(shape)
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * (var * (n / (n - 1)))
    return y, new_mean, new_var
