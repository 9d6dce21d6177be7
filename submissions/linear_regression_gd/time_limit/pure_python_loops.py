"""Correct, but every prediction and every gradient sum in pure Python."""


def linear_regression_gd(X, y, w0, b0, lr, n_iters):
    rows, ys = X.tolist(), y.tolist()
    w, b = list(map(float, w0)), float(b0)
    n, d = len(rows), len(w)
    for _ in range(n_iters):
        gw, gb = [0.0] * d, 0.0
        for xi, yi in zip(rows, ys):
            r = sum(xi[j] * w[j] for j in range(d)) + b - yi
            for j in range(d):
                gw[j] += r * xi[j]
            gb += r
        w = [w[j] - lr * 2 * gw[j] / n for j in range(d)]
        b = b - lr * 2 * gb / n
    import numpy as np
    return np.array(w, dtype=X.dtype), b
