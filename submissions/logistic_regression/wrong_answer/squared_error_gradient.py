# mistake: differentiates the squared error mean((p - y)^2) through the sigmoid instead of the cross-entropy
# 错误：对平方误差 mean((p - y)^2) 经过 sigmoid 求导，而不是对交叉熵求导
import numpy as np


def logistic_regression(X, y, w0, b0, lr, n_iters):
    w, b = w0.astype(np.float64), float(b0)
    for _ in range(n_iters):
        z = X @ w + b
        p = np.exp(-np.logaddexp(0, -z))
        g = 2 * (p - y) * p * (1 - p)
        w, b = w - lr * X.T @ g / len(y), b - lr * g.mean()
    return w.astype(X.dtype), b
