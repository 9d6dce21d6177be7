import numpy as np


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    """Batch gradient descent on mean((X w + b - y)^2), computed in float64; w and b are
    updated together from the same residuals."""
    X64 = np.asarray(X, dtype=np.float64)
    y64 = np.asarray(y, dtype=np.float64)
    w = np.array(w0, dtype=np.float64)
    b = float(b0)
    scale = 2.0 * lr / X64.shape[0]
    for _ in range(n_iters):
        r = X64 @ w + (b - y64)
        w -= scale * (r @ X64)
        b -= scale * r.sum()
    dt = np.result_type(X.dtype, np.float32)
    return w.astype(dt), dt.type(b)
