# mistake: computes b's gradient from predictions recomputed with the already-updated w
# 错误：用已经更新过的 w 重新算预测值，再求 b 的梯度
import numpy as np


def sigmoid(z):
    return np.exp(-np.logaddexp(0, -z))


def logistic_regression(X, y, w0, b0, lr, n_iters):
    w, b = w0.astype(np.float64), float(b0)
    for _ in range(n_iters):
        w = w - lr * X.T @ (sigmoid(X @ w + b) - y) / len(y)
        b = b - lr * np.mean(sigmoid(X @ w + b) - y)
    return w.astype(X.dtype), b
