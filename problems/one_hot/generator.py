"""Inputs for one_hot: integer labels of any shape (0-d to 3-d, possibly empty) and num_classes >= 1.

Every label lies in [0, num_classes). In mode ``below_max`` the labels avoid the top class
(so ``labels.max() + 1`` is not the number of classes); in ``all_classes`` every class occurs.
"""

import numpy as np


def generate(rng, mode="random", shape=(8,), num_classes=5, dtype="int64"):
    shape = tuple(int(s) for s in shape)
    c = int(num_classes)
    if mode == "example":
        labels = np.array([0, 2, 1, 2])
        c = 3
    elif mode == "example_2d":
        labels = np.array([[1, 0], [3, 3]])
        c = 5
    elif mode == "random":
        labels = rng.integers(0, c, size=shape)
    elif mode == "below_max":  # the top classes never occur
        labels = rng.integers(0, max(c - 2, 1), size=shape)
    elif mode == "all_classes":  # a permutation of every class, then random ones
        n = int(np.prod(shape))
        labels = np.concatenate([rng.permutation(c), rng.integers(0, c, size=max(n - c, 0))])[:n]
        labels = rng.permutation(labels).reshape(shape)
    elif mode == "timing":  # a fresh draw every round
        labels = rng.integers(0, c, size=shape)
    else:
        raise ValueError(mode)
    return {"labels": np.asarray(labels).astype(dtype), "num_classes": c}
