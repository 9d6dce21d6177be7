"""Batch gradient descent in the input dtype (float32 stays float32), gradient as X.T @ r / N."""
import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    n = X.shape[0]
    w = w0.copy()
    b = X.dtype.type(b0)
    for _ in range(n_iters):
        err = X @ w + b - y
        grad_w = 2.0 / n * (X.T @ err)
        grad_b = 2.0 / n * np.sum(err)
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, b
