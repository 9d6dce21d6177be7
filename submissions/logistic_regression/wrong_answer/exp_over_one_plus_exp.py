# mistake: computes sigmoid as exp(z) / (1 + exp(z)), which overflows to inf / inf = nan for large logits
# 错误：把 sigmoid 写成 exp(z) / (1 + exp(z))，logits 很大时溢出成 inf / inf = nan
import numpy as np


def logistic_regression(X, y, w0, b0, lr, n_iters):
    w, b = w0.copy(), X.dtype.type(b0)
    for _ in range(n_iters):
        with np.errstate(over="ignore", invalid="ignore"):
            e = np.exp(X @ w + b)
            p = e / (1 + e)
        r = p - y
        w, b = w - lr * X.T @ r / len(y), b - lr * r.mean()
    return w, b
