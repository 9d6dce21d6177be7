# mistake: drops the factor 2 of the squared residual's derivative (the gradient of the halved mean)
# 错误：对残差平方求导时漏掉了系数 2（按减半的均方误差求梯度）
import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    w, b = w0.astype(np.float64), float(b0)
    for _ in range(n_iters):
        r = X @ w + b - y
        w, b = w - lr * X.T @ r / len(y), b - lr * r.mean()
    return w.astype(X.dtype), b
