"""Moves the channel axis last, flattens to [n, C], and uses E[x^2] - E[x]^2 in float64 sums."""
import numpy as np


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5):
    xt = np.moveaxis(x, 1, -1)
    flat = xt.reshape(-1, x.shape[1])
    n = flat.shape[0]
    s1 = flat.sum(axis=0, dtype=np.float64)
    s2 = np.einsum("ij,ij->j", flat, flat, dtype=np.float64)
    mean = s1 / n
    var = np.maximum(s2 / n - mean * mean, 0.0)
    a = (gamma / np.sqrt(var + eps)).astype(x.dtype)
    b = (beta - mean * a).astype(x.dtype)
    y = np.moveaxis(xt * a + b, -1, 1)
    new_mean = ((1 - momentum) * running_mean + momentum * mean).astype(x.dtype)
    new_var = ((1 - momentum) * running_var + momentum * var * n / (n - 1)).astype(x.dtype)
    return y, new_mean, new_var
