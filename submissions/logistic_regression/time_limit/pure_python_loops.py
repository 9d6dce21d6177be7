"""Correct, but every logit, sigmoid and gradient sum in pure Python."""
import math

import numpy as np


def logistic_regression(X, y, w0, b0, lr, n_iters):
    rows, ys = X.tolist(), y.tolist()
    w, b = list(map(float, w0)), float(b0)
    n, d = len(rows), len(w)
    for _ in range(n_iters):
        gw, gb = [0.0] * d, 0.0
        for xi, yi in zip(rows, ys):
            z = sum(xi[j] * w[j] for j in range(d)) + b
            p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
            for j in range(d):
                gw[j] += (p - yi) * xi[j]
            gb += p - yi
        w = [w[j] - lr * gw[j] / n for j in range(d)]
        b -= lr * gb / n
    return np.array(w, dtype=X.dtype), b
