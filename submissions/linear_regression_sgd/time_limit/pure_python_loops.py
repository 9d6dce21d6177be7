"""Correct, but every dot product and every weight update in pure Python."""
import numpy as np


def linear_regression_sgd(X, y, w0, b0, lr, order):
    rows, ys = X.tolist(), y.tolist()
    w, b = list(map(float, w0)), float(b0)
    d = len(w)
    for i in order.tolist():
        xi = rows[i]
        g = 2 * lr * (sum(xi[j] * w[j] for j in range(d)) + b - ys[i])
        for j in range(d):
            w[j] -= g * xi[j]
        b -= g
    return np.array(w, dtype=X.dtype), b
