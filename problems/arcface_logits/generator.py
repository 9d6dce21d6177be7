"""Inputs for arcface_logits: embeddings [N, D], weight [C, D] (one float dtype), int64 labels [N].

Rows of both have random norms (0.3..3) so that a missing normalisation shows. Each
embedding is built at a chosen cosine ``c`` to its true class's weight row:
``mode: random`` draws c in [-0.5, 0.95] (theta + m < pi), ``mode: past_pi`` puts every
other row at c in [-0.995, cos(pi - m) - 0.02] (theta + m > pi: the fallback branch).
On the cos(theta + m) branch true-class cosines stay below 0.95 (sqrt(1 - c^2) is
ill-conditioned near 1), and every true-class cosine is at least 0.02 from the branch
threshold th = cos(pi - m) (the two branches differ there).
"""

import math

import numpy as np
import torch


def generate(rng, mode="random", n=4, c=5, d=8, dtype="float32", s=None, m=None, norms=True):
    mm = 0.5 if m is None else float(m)
    w = rng.standard_normal((c, d))
    w_hat = w / np.linalg.norm(w, axis=1, keepdims=True)
    y = rng.integers(0, c, size=n)
    y[: min(n, c)] = rng.permutation(c)[: min(n, c)]  # many classes are someone's true class
    cy = rng.uniform(-0.5, 0.95, size=n)
    if mode == "past_pi":
        th = math.cos(math.pi - mm)
        far = rng.uniform(-0.995, th - 0.02, size=n)
        cy = np.where(np.arange(n) % 2 == 0, far, cy)
    elif mode != "random":
        raise ValueError(mode)
    a = w_hat[y]
    r = rng.standard_normal((n, d))
    r -= (r * a).sum(1, keepdims=True) * a
    r /= np.linalg.norm(r, axis=1, keepdims=True)
    x = cy[:, None] * a + np.sqrt(1 - cy**2)[:, None] * r
    if norms:
        x *= rng.uniform(0.3, 3.0, size=(n, 1))
        w = w_hat * rng.uniform(0.3, 3.0, size=(c, 1))
    out = {"embeddings": torch.from_numpy(x.astype(dtype)), "weight": torch.from_numpy(w.astype(dtype)),
           "labels": torch.from_numpy(y.astype(np.int64))}
    if s is not None:
        out["s"] = float(s)
    if m is not None:
        out["m"] = mm
    return out
