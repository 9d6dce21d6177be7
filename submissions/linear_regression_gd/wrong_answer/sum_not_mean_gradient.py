# mistake: uses the gradient of the summed squared error, without dividing by N
# 错误：用平方误差之和的梯度，没有除以 N
import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    w, b = w0.astype(np.float64), float(b0)
    for _ in range(n_iters):
        r = X @ w + b - y
        w, b = w - lr * 2 * (X.T @ r), b - lr * 2 * r.sum()
    return w.astype(X.dtype), b
