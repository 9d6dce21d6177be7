"""Inputs for triplet_loss: anchor, positive, negative of shape [N, D] and one float dtype.

``mode``:
- ``basic``: a fixed 3x4 example;
- ``random``: the three independent N(0, scale^2): about half the triplets violate the margin;
- ``easy_negatives``: positives near the anchor, negatives far: most losses would be negative
  without the hinge (a few rows are left violating so the mean is not zero);
- ``identical_positive``: positive == anchor exactly and negatives close, every triplet violates
  the margin; with a long D the eps of the distance (sqrt(D) * 1e-6) is visible;
- ``hard``: positives farther than negatives: every triplet violates the margin.
``margin`` is passed only when given.
"""

import numpy as np
import torch


def generate(rng, mode="random", n=8, d=16, dtype="float32", scale=1.0, margin=None, layout="contiguous"):
    if mode == "basic":
        a = np.array([[0.0, 1.0, 0.0, 2.0], [1.0, 1.0, 1.0, 1.0], [-1.0, 0.5, 2.0, 0.0]])
        p = np.array([[0.5, 1.0, 0.0, 1.5], [1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 1.0, 0.0]])
        q = np.array([[3.0, -1.0, 0.0, 2.0], [1.5, 0.5, 1.0, 1.0], [-1.0, 0.5, 2.5, 0.5]])
    elif mode == "random":
        a, p, q = (rng.standard_normal((n, d)) * scale for _ in range(3))
    elif mode == "easy_negatives":
        a = rng.standard_normal((n, d)) * scale
        p = a + 0.1 * scale * rng.standard_normal((n, d))
        q = a + 3.0 * scale * rng.standard_normal((n, d))
        k = max(1, n // 4)  # a quarter of the rows are hard, so the mean loss is positive
        q[:k] = a[:k] + 0.01 * scale * rng.standard_normal((k, d))
    elif mode == "identical_positive":
        a = rng.standard_normal((n, d)) * scale
        p = a.copy()
        q = a + (0.2 / np.sqrt(d)) * rng.standard_normal((n, d))
    elif mode == "hard":
        a = rng.standard_normal((n, d)) * scale
        p = a + 2.0 * scale * rng.standard_normal((n, d))
        q = a + 0.5 * scale * rng.standard_normal((n, d))
    else:
        raise ValueError(mode)

    def tensor(x):
        if layout == "transposed":  # a view of an array stored transposed
            return torch.from_numpy(np.ascontiguousarray(x.T).astype(dtype)).T
        return torch.from_numpy(np.ascontiguousarray(x).astype(dtype))

    out = {"anchor": tensor(a), "positive": tensor(p), "negative": tensor(q)}
    if margin is not None:
        out["margin"] = margin
    return out
