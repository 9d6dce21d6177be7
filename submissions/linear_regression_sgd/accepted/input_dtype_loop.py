"""Per-sample SGD in the input dtype (float32 stays float32), w and b from the same residual."""
import numpy as np


def linear_regression_sgd(X, y, w0, b0, lr, order):
    w = w0.copy()
    b = X.dtype.type(b0)
    for i in order:
        err = np.dot(X[i], w) + b - y[i]
        grad_w = 2 * err * X[i]
        grad_b = 2 * err
        w = w - lr * grad_w
        b = b - lr * grad_b
    return w, b
