# mistake: uses the gradient of the summed cross-entropy, without dividing by N
# 错误：用交叉熵之和的梯度，没有除以 N
import numpy as np


def logistic_regression(X, y, w0, b0, lr, n_iters):
    w, b = w0.astype(np.float64), float(b0)
    for _ in range(n_iters):
        z = X @ w + b
        p = np.exp(-np.logaddexp(0, -z))
        w, b = w - lr * X.T @ (p - y), b - lr * np.sum(p - y)
    return w.astype(X.dtype), b
