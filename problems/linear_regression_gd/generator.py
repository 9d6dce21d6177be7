"""Inputs for linear_regression_gd: X [N, D], y [N], w0 [D] (one float dtype), b0, lr (Python
floats), n_iters (int >= 0).

Features get their own offsets and scales (so the bias and the weights are coupled and a
wrong bias update shows), y is a noisy linear function of X. The learning rate is a fraction
``frac`` of 1/L, L the largest eigenvalue of the Hessian of the mean squared error in (w, b):
stable, and far from converged after ``n_iters`` steps, so every mistake that only changes
the path (a missing factor 2, a sum for a mean, b updated from the new w) changes the answer.
"""

import numpy as np

FIXED = {
    # (X, y, w0, b0, lr, n_iters)
    "example": ([[1.0], [2.0], [3.0], [4.0]], [3.0, 5.0, 7.0, 9.0], [0.0], 0.0, 0.01, 3),
    "example_2d": ([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], [1.0, 2.0, 2.5], [0.5, -0.5], 1.0, 0.1, 2),
}


def _hessian_max(X):
    A = np.hstack([X, np.ones((len(X), 1))])
    return 2.0 * np.linalg.eigvalsh(A.T @ A / len(X))[-1]


def generate(rng, mode="random", N=50, D=3, n_iters=20, frac=0.5, offset=2.0, noise=0.5,
             dtype="float32", zero_init=False, layout="contiguous"):
    if mode in FIXED:
        X, y, w0, b0, lr, n_iters = FIXED[mode]
        X, y, w0 = (np.asarray(a, dtype=dtype) for a in (X, y, w0))
        return {"X": X, "y": y, "w0": w0, "b0": float(b0), "lr": float(lr), "n_iters": int(n_iters)}
    mu = rng.uniform(-offset, offset, D)
    sd = rng.uniform(0.5, 2.0, D)
    X = (mu + sd * rng.standard_normal((N, D))).astype(dtype)
    w_true = rng.uniform(-2, 2, D)
    b_true = rng.uniform(-3, 3)
    y = (X.astype(np.float64) @ w_true + b_true + noise * rng.standard_normal(N)).astype(dtype)
    if zero_init:
        w0, b0 = np.zeros(D, dtype=dtype), 0.0
    else:
        w0, b0 = rng.uniform(-1, 1, D).astype(dtype), float(rng.uniform(-1, 1))
    X64 = X.astype(np.float64)
    lr = float(np.float32(frac / _hessian_max(X64)))  # a round-ish float32 value
    if layout == "fortran":
        X = np.asfortranarray(X)
    return {"X": X, "y": y, "w0": w0, "b0": b0, "lr": lr, "n_iters": int(n_iters)}
