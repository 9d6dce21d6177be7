# mistake: vectorises each epoch into one averaged (batch) gradient step instead of one step per sample
# 错误：把每个 epoch 向量化成一次取平均的（批量）梯度更新，而不是每个样本更新一次
import numpy as np


def linear_regression_sgd(X, y, w0, b0, lr, order):
    w, b = w0.astype(np.float64), float(b0)
    n = len(y)
    for start in range(0, len(order), n):
        idx = order[start:start + n]
        r = X[idx] @ w + b - y[idx]
        w, b = w - lr * 2 * X[idx].T @ r / len(idx), b - lr * 2 * r.mean()
    return w.astype(X.dtype), b
