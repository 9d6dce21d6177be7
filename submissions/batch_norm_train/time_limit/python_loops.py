"""Correct formulas, but every element visited in Python loops (two passes per channel)."""
import math

import numpy as np


def batch_norm_train(x, gamma, beta, running_mean, running_var, momentum=0.1, eps=1e-5):
    N, C = x.shape[0], x.shape[1]
    flat = x.reshape(N, C, -1)
    L = flat.shape[2]
    n = N * L
    y = np.empty(flat.shape, dtype=x.dtype)
    new_mean = np.empty(C, dtype=x.dtype)
    new_var = np.empty(C, dtype=x.dtype)
    for c in range(C):
        s = 0.0
        for i in range(N):
            for k in range(L):
                s += float(flat[i, c, k])
        m = s / n
        q = 0.0
        for i in range(N):
            for k in range(L):
                d = float(flat[i, c, k]) - m
                q += d * d
        v = q / n
        inv = 1.0 / math.sqrt(v + eps)
        for i in range(N):
            for k in range(L):
                y[i, c, k] = (float(flat[i, c, k]) - m) * inv * float(gamma[c]) + float(beta[c])
        new_mean[c] = (1 - momentum) * float(running_mean[c]) + momentum * m
        new_var[c] = (1 - momentum) * float(running_var[c]) + momentum * q / (n - 1)
    return y.reshape(x.shape), new_mean, new_var
