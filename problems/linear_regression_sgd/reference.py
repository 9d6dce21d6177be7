import numpy as np


def linear_regression_sgd(X, y, w0, b0, lr, order):
    """One-sample SGD on (x_i . w + b - y_i)^2, in float64, in the given order; w and b move
    together from the same residual."""
    X64 = np.ascontiguousarray(X, dtype=np.float64)
    y64 = np.asarray(y, dtype=np.float64).tolist()
    w = np.array(w0, dtype=np.float64)
    b = float(b0)
    two_lr = 2.0 * lr
    for i in order.tolist():
        xi = X64[i]
        g = two_lr * (float(xi @ w) + b - y64[i])
        w -= g * xi
        b -= g
    dt = np.result_type(X.dtype, np.float32)
    return w.astype(dt), dt.type(b)
