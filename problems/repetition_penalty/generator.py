"""Inputs for repetition_penalty: logits [B, V], input_ids [B, L] (int64), penalty > 0.

About half of the logits are negative, so dividing them (instead of multiplying)
shows. Histories repeat tokens (a token seen many times is still penalised once),
and rows see different tokens (a penalty must not leak to other rows).
"""

import numpy as np
import torch

FIXED = {
    # (logits, input_ids, penalty)
    "example": ([[2.0, -1.0, 0.5, -3.0, 1.0, 0.0], [1.0, -2.0, 4.0, -0.5, 0.0, 3.0]],
                [[0, 1, 1, 5], [2, 3, 2, 2]], 2.0),
    "repeats": ([[1.2, -0.8, 2.4, -1.6, 0.3]], [[2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1]], 1.5),
    # each row saw only its own tokens: row 0 saw 0, 1 and row 1 saw 2, 3
    "rows_apart": ([[1.0, -1.0, 1.0, -1.0], [1.0, -1.0, 1.0, -1.0]], [[0, 1], [2, 3]], 2.0),
    "ids_at_ends": ([[3.0, -1.0, 0.5, 0.25, -2.0], [-3.0, 1.0, 0.5, -0.25, 2.0]], [[0, 4, 0], [4, 4, 0]], 1.25),
    "zero_logits": ([[0.0, -0.0, 1.0, -1.0]], [[0, 1, 2, 3]], 3.0),
    "masked_logits": ([[-np.inf, 2.0, -np.inf, -1.0, 0.5]], [[0, 1, 2, 3]], 1.3),
}


def generate(rng, mode="random", B=2, V=10, L=5, penalty=1.3, distinct=None, dtype="float32",
             layout="contiguous", scale=4.0):
    if mode in FIXED:
        x, ids, penalty = FIXED[mode]
        x = np.asarray(x, dtype=np.float64)
        ids = np.asarray(ids, dtype=np.int64).reshape(len(x), -1)
    else:
        x = rng.standard_normal((B, V), dtype=np.dtype(dtype)) * np.dtype(dtype).type(scale)
        if distinct:  # histories drawn from a few tokens per row: many repeats
            pool = np.stack([rng.permutation(V)[:distinct] for _ in range(B)]) if B else \
                np.zeros((0, distinct), dtype=np.int64)
            ids = np.take_along_axis(pool, rng.integers(0, distinct, (B, L)), axis=1)
        else:
            ids = rng.integers(0, V, size=(B, L))
        ids = ids.astype(np.int64)
    x = np.ascontiguousarray(x.astype(dtype))
    if layout == "transposed":  # a [B, V] view of a [V, B] tensor; ids every other token of a longer history
        x = np.ascontiguousarray(x.T).T
        wide = np.zeros((ids.shape[0], 2 * ids.shape[1]), dtype=np.int64)
        wide[:, ::2] = ids
        wide[:, 1::2] = rng.integers(0, x.shape[1], size=ids.shape)
        ids = wide[:, ::2]
    return {"logits": torch.from_numpy(x), "input_ids": torch.from_numpy(ids), "penalty": float(penalty)}
