"""Inputs for top_k_filter: logits [B, V] (float32 or float64) and k >= 1.

"ints" cases draw small integers, so that many logits tie, at the k-th place too;
"boundary_ties" makes the values right after the k-th largest equal to it in every
row, so a filter that keeps exactly k entries differs from one that keeps the ties.
"""

import numpy as np
import torch

FIXED = {
    # (logits, k)
    "example": ([[1.5, -0.5, 3.0, 2.0, 3.0, 2.0], [0.0, 1.0, -2.0, 1.0, 0.0, -1.0]], 3),
    "k_beyond_vocab": ([[0.5, -1.0, 2.0, 0.0], [3.0, 3.0, -3.0, 1.0]], 7),
    "all_equal": ([[0.5] * 8, [-2.0] * 8], 3),
}


def generate(rng, mode="random", B=4, V=20, k=5, dtype="float32", layout="contiguous", scale=3.0):
    if mode in FIXED:
        x, k = FIXED[mode]
        x = np.asarray(x, dtype=np.float64)
    elif mode == "random":
        x = rng.standard_normal((B, V), dtype=np.dtype(dtype)) * np.dtype(dtype).type(scale)
    elif mode == "ints":  # many exact ties
        x = rng.integers(-3, 4, size=(B, V), dtype=np.int8)
    elif mode == "boundary_ties":
        # distinct values, then the next few after the k-th largest are set equal to it
        x = rng.standard_normal((B, V)) * scale
        for b in range(B):
            order = np.argsort(-x[b], kind="stable")
            extra = int(rng.integers(1, max(2, min(4, V - k + 1))))
            x[b, order[k:k + extra]] = x[b, order[k - 1]]
    elif mode == "masked":
        # rows where most tokens are already -inf: sometimes the k-th largest is -inf itself
        x = rng.standard_normal((B, V)) * scale
        for b in range(B):
            n_masked = int(rng.integers(0, V + 1)) if b % 2 else V - k + int(rng.integers(1, k + 1))
            x[b, rng.permutation(V)[:min(n_masked, V - 1)]] = -np.inf
    elif mode == "huge":  # very large magnitudes are kept untouched, not rescaled
        x = rng.standard_normal((B, V)) * 1e4
        x[:, ::7] = rng.choice([-3e38, 3e38], size=x[:, ::7].shape)
    else:
        raise ValueError(mode)
    x = np.ascontiguousarray(x.astype(dtype))
    if layout == "transposed":  # a [B, V] view of a [V, B] tensor
        x = np.ascontiguousarray(x.T).T
    return {"logits": torch.from_numpy(x), "k": int(k)}
