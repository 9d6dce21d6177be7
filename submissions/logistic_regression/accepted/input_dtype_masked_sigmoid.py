"""Gradient descent in the input dtype, stable sigmoid by masks (exp of non-positive values only)."""
import numpy as np


def sigmoid(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def logistic_regression(X, y, w0, b0, lr, n_iters):
    n = X.shape[0]
    w = w0.copy()
    b = X.dtype.type(b0)
    for _ in range(n_iters):
        p = sigmoid(X @ w + b)
        dw = X.T @ (p - y) / n
        db = np.mean(p - y)
        w = w - lr * dw
        b = b - lr * db
    return w, b
