"""Uses scipy.special.expit (forbidden) for the sigmoid; otherwise correct."""
import numpy as np
from scipy.special import expit


def logistic_regression(X, y, w0, b0, lr, n_iters):
    w, b = w0.astype(np.float64), float(b0)
    for _ in range(n_iters):
        r = expit(X @ w + b) - y
        w, b = w - lr * X.T @ r / len(y), b - lr * r.mean()
    return w.astype(X.dtype), b
