# mistake: runs n_iters + 1 updates (off by one)
# 错误：多更新了一次，共 n_iters + 1 次（差一错误）
import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    w, b = w0.astype(np.float64), float(b0)
    n = len(y)
    for _ in range(n_iters + 1):
        r = X @ w + b - y
        w, b = w - lr * 2 / n * (X.T @ r), b - lr * 2 / n * r.sum()
    return w.astype(X.dtype), b
