"""A second style: bias as a column of ones, sigmoid through tanh (0.5 * (1 + tanh(z/2)), stable)."""
import numpy as np


def logistic_regression(X, y, w0, b0, lr, n_iters):
    A = np.column_stack([X.astype(np.float64), np.ones(len(X))])
    theta = np.concatenate([w0.astype(np.float64), [b0]])
    for _ in range(n_iters):
        p = 0.5 * (1.0 + np.tanh(0.5 * (A @ theta)))
        theta -= (A.T @ (p - y)) * (lr / len(y))
    return theta[:-1].astype(X.dtype), theta[-1]
