"""A second style: bias folded into theta = [w, b] with a column of ones, float64 throughout."""
import numpy as np


def linear_regression_sgd(X, y, w0, b0, lr, order):
    A = np.hstack([X.astype(np.float64), np.ones((len(X), 1))])
    theta = np.append(w0.astype(np.float64), b0)
    for idx in order:
        a = A[idx]
        theta -= lr * 2.0 * (a @ theta - y[idx]) * a
    return theta[:-1].astype(X.dtype), theta[-1]
