# mistake: computes b's gradient from residuals recomputed with the already-updated w
# 错误：用已经更新过的 w 重新算残差，再求 b 的梯度
import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    w, b = w0.astype(np.float64), float(b0)
    n = len(y)
    for _ in range(n_iters):
        r = X @ w + b - y
        w = w - lr * 2 / n * (X.T @ r)
        r = X @ w + b - y
        b = b - lr * 2 / n * r.sum()
    return w.astype(X.dtype), b
