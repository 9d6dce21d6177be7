# mistake: ignores the given order and visits the samples as 0, 1, ..., N-1 every epoch
# 错误：不按给定的 order，而是每个 epoch 按 0, 1, ..., N-1 的顺序访问样本
import numpy as np


def linear_regression_sgd(X, y, w0, b0, lr, order):
    w, b = w0.astype(np.float64), float(b0)
    n = len(y)
    for t in range(len(order)):
        i = t % n
        r = X[i] @ w + b - y[i]
        w, b = w - lr * 2 * r * X[i], b - lr * 2 * r
    return w.astype(X.dtype), b
