"""Inputs for confusion_matrix: int64 y_true, y_pred of shape [N] with values in [0, C), and C.

Random predictions are right about half the time and otherwise off by a drawn class, with
an asymmetric drift (true k is mistaken for k + 1 more often than k + 1 for k), so a
transposed matrix differs.
"""

import numpy as np


def _noisy(rng, t, c, right=0.5):
    wrong = rng.random(t.shape) >= right
    drift = np.where(rng.random(t.shape) < 0.6, 1, rng.integers(0, max(c, 1), t.shape))
    return np.where(wrong, (t + drift) % max(c, 1), t)


def generate(rng, mode="random", n=100, c=5, used=3):
    if mode == "example":
        t = [0, 0, 1, 1, 1, 2, 2, 0]
        p = [0, 1, 1, 1, 2, 2, 0, 0]
        c = 3
    elif mode == "absent_example":  # class 3 never occurs; class 1 is only predicted
        t = [0, 2, 2, 0, 2]
        p = [1, 2, 0, 0, 2]
        c = 4
    elif mode == "empty":
        t = p = np.zeros(0, dtype=np.int64)
    elif mode == "random":
        t = rng.integers(0, c, n)
        p = _noisy(rng, t, c)
    elif mode == "asymmetric":  # every error is k -> k + 1: the matrix is far from symmetric
        t = rng.integers(0, c, n)
        p = np.where(rng.random(n) < 0.5, t, (t + 1) % c)
    elif mode == "absent":  # only the lowest `used` classes occur, in both arrays
        t = rng.integers(0, used, n)
        p = _noisy(rng, t, used)
        t[0], p[0] = 0, 1  # at least one error
    elif mode == "repeated":  # few classes, many samples: every cell is hit many times
        t = rng.integers(0, c, n)
        p = _noisy(rng, t, c, right=0.3)
    elif mode == "perfect":
        t = rng.integers(0, c, n)
        p = t.copy()
    else:
        raise ValueError(mode)
    return {"y_true": np.asarray(t, dtype=np.int64), "y_pred": np.asarray(p, dtype=np.int64),
            "num_classes": int(c)}
