"""A second style: the bias folded into the weights by a column of ones, theta = [w, b]."""
import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    A = np.hstack([X, np.ones((X.shape[0], 1), dtype=X.dtype)]).astype(np.float64)
    theta = np.append(w0.astype(np.float64), b0)
    for _ in range(n_iters):
        grad = (A.T @ (A @ theta - y)) * (2.0 / len(y))
        theta = theta - lr * grad
    return theta[:-1].astype(X.dtype), float(theta[-1])
