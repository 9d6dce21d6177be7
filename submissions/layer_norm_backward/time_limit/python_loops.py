"""Correct gradients, row by row and element by element in Python."""
import math

import numpy as np


def layer_norm_backward(x, gamma, dy, eps=1e-5):
    D = x.shape[-1]
    X = x.reshape(-1, D).tolist()
    G = dy.reshape(-1, D).tolist()
    w = gamma.tolist()
    dx = []
    dgamma = [0.0] * D
    dbeta = [0.0] * D
    for row, grow in zip(X, G):
        m = sum(row) / D
        v = sum((a - m) ** 2 for a in row) / D
        r = 1.0 / math.sqrt(v + eps)
        xh = [(a - m) * r for a in row]
        g = [grow[j] * w[j] for j in range(D)]
        mg = sum(g) / D
        mgx = sum(g[j] * xh[j] for j in range(D)) / D
        dx.append([r * (g[j] - mg - xh[j] * mgx) for j in range(D)])
        for j in range(D):
            dgamma[j] += grow[j] * xh[j]
            dbeta[j] += grow[j]
    dt = x.dtype
    return (np.array(dx, dtype=dt).reshape(x.shape), np.array(dgamma, dtype=dt), np.array(dbeta, dtype=dt))
