"""Inputs for linear_regression_sgd: X [N, D], y [N], w0 [D] (one float dtype), b0, lr (Python
floats), order: int64 [T], T = epochs * N, each epoch a fresh permutation of range(N) (or, with
``order_mode='random'``, T indices drawn with replacement).

Features get their own offsets and scales (the bias is coupled to the weights), y is a noisy
linear function of X. The step is a fraction ``frac`` of 1 / (2 (max_i |x_i|^2 + 1)), so every
single-sample step is stable, and few epochs are run: far from converged.
"""

import numpy as np

FIXED = {
    # (X, y, w0, b0, lr, order)
    "example": ([[1.0], [2.0], [3.0]], [2.0, 4.0, 6.5], [0.0], 0.0, 0.05, [2, 0, 1]),
    "example_2d": ([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], [1.0, 2.0, 2.5], [0.5, -0.5], 1.0, 0.1,
                   [0, 1, 2, 2, 1, 0]),
}


def generate(rng, mode="random", N=20, D=3, epochs=2, frac=0.3, offset=2.0, noise=0.5,
             dtype="float32", zero_init=False, order_mode="epochs", layout="contiguous"):
    if mode in FIXED:
        X, y, w0, b0, lr, order = FIXED[mode]
        X, y, w0 = (np.asarray(a, dtype=dtype) for a in (X, y, w0))
        return {"X": X, "y": y, "w0": w0, "b0": float(b0), "lr": float(lr),
                "order": np.asarray(order, dtype=np.int64)}
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
    lr = float(np.float32(frac / (2.0 * ((X64 * X64).sum(1).max() + 1.0))))
    if order_mode == "random":
        order = rng.integers(0, N, size=epochs * N)
    else:
        order = np.concatenate([rng.permutation(N) for _ in range(epochs)]) if epochs else np.zeros(0)
    if layout == "fortran":
        X = np.asfortranarray(X)
    return {"X": X, "y": y, "w0": w0, "b0": b0, "lr": lr, "order": order.astype(np.int64)}
