# mistake: drops the factor 2 of the squared residual's derivative (the gradient of half the squared error)
# 错误：对残差平方求导时漏掉了系数 2（按一半的平方误差求梯度）
import numpy as np


def linear_regression_sgd(X, y, w0, b0, lr, order):
    w, b = w0.astype(np.float64), float(b0)
    for i in order:
        r = X[i] @ w + b - y[i]
        w, b = w - lr * r * X[i], b - lr * r
    return w.astype(X.dtype), b
