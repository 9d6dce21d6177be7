"""Correct formula, but every element visited in a Python loop."""
import math

import numpy as np


def batch_norm_eval(x, running_mean, running_var, gamma, beta, eps=1e-5):
    n, c = x.shape[0], x.shape[1]
    flat = x.reshape(n, c, -1)
    out = np.empty(flat.shape, dtype=x.dtype)
    for i in range(n):
        for j in range(c):
            inv = 1.0 / math.sqrt(float(running_var[j]) + eps)
            for k in range(flat.shape[2]):
                out[i, j, k] = (float(flat[i, j, k]) - float(running_mean[j])) * inv * float(gamma[j]) + float(beta[j])
    return out.reshape(x.shape)
