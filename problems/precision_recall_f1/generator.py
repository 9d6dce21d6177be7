"""Inputs for precision_recall_f1: int64 y_true, y_pred [N] (N >= 1) in [0, C), C, average.

Random predictions are right with a probability that depends on the class and, when
wrong, lean towards low classes, so classes differ in size, precision and recall: macro
and micro averages differ, and the harmonic mean of the macro precision and recall is not
the macro F1. Zero-division cases are built by hand from the same draws.
"""

import numpy as np


def _draw(rng, n, c, skew=1.5):
    w = rng.random(c) ** skew + 0.05
    t = rng.choice(c, size=n, p=w / w.sum())
    acc = rng.uniform(0.3, 0.9, c)
    wrong = rng.random(n) >= acc[t]
    lean = rng.choice(c, size=n, p=np.linspace(2.0, 1.0, c) / np.linspace(2.0, 1.0, c).sum())
    p = np.where(wrong, lean, t)
    return t, p


def generate(rng, mode="random", n=100, c=5, average="macro"):
    if mode == "example":
        t = [0, 0, 0, 0, 1, 1, 2, 2]
        p = [0, 0, 1, 2, 1, 1, 2, 0]
        c = 3
    elif mode == "example_zero_division":  # class 2 is never predicted, class 3 never occurs
        t = [0, 1, 1, 2, 2, 0]
        p = [0, 1, 0, 1, 3, 0]
        c = 4
    elif mode == "random":
        t, p = _draw(rng, n, c)
    elif mode == "never_predicted":  # class c - 1 occurs but is never predicted: precision 0/0
        t, p = _draw(rng, n, c)
        t[: max(1, n // 10)] = c - 1
        p = np.where(p == c - 1, 0, p)
    elif mode == "never_true":  # class c - 1 is predicted but never occurs: recall 0/0
        t, p = _draw(rng, n, c)
        t = np.where(t == c - 1, 0, t)
        p[: max(1, n // 10)] = c - 1
    elif mode == "absent":  # the top classes occur nowhere: their p, r, f1 are 0 and still averaged
        t, p = _draw(rng, n, c - 2)
    elif mode == "all_wrong":  # every prediction wrong: every F1 is 0/0
        t = rng.integers(0, c, n)
        p = (t + rng.integers(1, c, n)) % c
    elif mode == "perfect":
        t = rng.integers(0, c, n)
        p = t.copy()
    else:
        raise ValueError(mode)
    return {"y_true": np.asarray(t, dtype=np.int64), "y_pred": np.asarray(p, dtype=np.int64),
            "num_classes": int(c), "average": average}
