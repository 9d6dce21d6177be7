# mistake: computes b's step from the residual recomputed with the already-updated w
# 错误：用已经更新过的 w 重新算残差，再更新 b
import numpy as np


def linear_regression_sgd(X, y, w0, b0, lr, order):
    w, b = w0.astype(np.float64), float(b0)
    for i in order:
        w = w - lr * 2 * (X[i] @ w + b - y[i]) * X[i]
        b = b - lr * 2 * (X[i] @ w + b - y[i])
    return w.astype(X.dtype), b
