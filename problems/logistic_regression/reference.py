import numpy as np


def stable_sigmoid(z):
    e = np.exp(-np.abs(z))  # never overflows
    return np.where(z >= 0, 1.0, e) / (1.0 + e)


def logistic_regression(X, y, w0, b0, lr, n_iters):
    """Batch gradient descent on the mean binary cross-entropy, computed in float64; w and b
    are updated together from the same predictions."""
    X64 = np.asarray(X, dtype=np.float64)
    y64 = np.asarray(y, dtype=np.float64)
    w = np.array(w0, dtype=np.float64)
    b = float(b0)
    step = lr / X64.shape[0]
    for _ in range(n_iters):
        r = stable_sigmoid(X64 @ w + b) - y64
        w -= step * (r @ X64)
        b -= step * r.sum()
    dt = np.result_type(X.dtype, np.float32)
    return w.astype(dt), dt.type(b)
