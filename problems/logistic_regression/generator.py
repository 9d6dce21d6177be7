"""Inputs for logistic_regression: X [N, D], y [N] of 0.0/1.0, w0 [D] (one float dtype), b0, lr
(Python floats), n_iters (int >= 0).

Features get their own offsets and scales; labels are drawn from a logistic model, so some
points are misclassified. The learning rate is a fraction ``frac`` of 1/L (L bounds the
Hessian of the mean cross-entropy: a quarter of the largest eigenvalue of [X 1]^T[X 1] / N),
and the cases stop far from convergence. ``scale`` multiplies the features and the initial
weights: with scale 100 the logits reach several hundreds in both signs, where exp(z)
overflows (float32 past 88, float64 past 709 with scale 1000).
"""

import numpy as np

FIXED = {
    # (X, y, w0, b0, lr, n_iters)
    "example": ([[0.5], [1.5], [2.5], [3.5]], [0, 0, 1, 1], [0.0], 0.0, 0.5, 3),
    "example_2d": ([[1.0, 2.0], [2.0, 0.5], [-1.0, -1.5], [-2.0, 1.0]], [1, 1, 0, 0], [0.1, -0.2], 0.5, 1.0, 2),
}


def _lipschitz(X):
    A = np.hstack([X, np.ones((len(X), 1))])
    return 0.25 * np.linalg.eigvalsh(A.T @ A / len(X))[-1]


def generate(rng, mode="random", N=50, D=3, n_iters=20, frac=0.5, offset=1.0, scale=1.0,
             dtype="float32", zero_init=False, layout="contiguous"):
    if mode in FIXED:
        X, y, w0, b0, lr, n_iters = FIXED[mode]
        X, y, w0 = (np.asarray(a, dtype=dtype) for a in (X, y, w0))
        return {"X": X, "y": y, "w0": w0, "b0": float(b0), "lr": float(lr), "n_iters": int(n_iters)}
    mu = rng.uniform(-offset, offset, D)
    sd = rng.uniform(0.5, 2.0, D)
    X = mu + sd * rng.standard_normal((N, D))
    w_true = rng.uniform(-2, 2, D)
    b_true = rng.uniform(-1, 1)
    z = X @ w_true + b_true
    y = (rng.uniform(size=N) < 1.0 / (1.0 + np.exp(-z))).astype(dtype)
    X = (scale * X).astype(dtype)
    if zero_init:
        w0, b0 = np.zeros(D, dtype=dtype), 0.0
    else:
        w0 = rng.uniform(-1, 1, D).astype(dtype)
        b0 = float(rng.uniform(-1, 1)) * scale
    lr = float(np.float32(frac / _lipschitz(X.astype(np.float64))))
    if layout == "fortran":
        X = np.asfortranarray(X)
    return {"X": X, "y": y, "w0": w0, "b0": b0, "lr": lr, "n_iters": int(n_iters)}
