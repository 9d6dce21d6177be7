"""Inputs for pillar_scatter: features [P, C] (float32 or float64), coords [P, 3] int64 rows
(batch, y, x), batch_size B, grid_size (H, W).

The P cells are distinct, drawn without replacement from the B*H*W cells (or hand-placed in the
examples), in random order. ``empty_batches`` keeps the last batches without any pillar.
Feature values are normal, shifted away from 0 (``shift``) so that a pillar written in the
wrong place cannot pass for an empty cell. Edge cases: non-square grids (H != W: x and y
swapped, [B, C, W, H] and transposed writes all show), a square grid (the same mistakes with
the right shape), pillars in every batch, P = 0, one channel, a full grid, cells in the
corners (0, 0) and (H-1, W-1).
"""

import numpy as np
import torch


def generate(rng, B=2, C=4, H=5, W=6, P=10, dtype="float32", mode="random", empty_batches=0, shift=1.0,
             corners=False):
    if mode == "example":
        B, C, H, W = 2, 3, 3, 4
        coords = np.array([[0, 0, 1], [0, 2, 3], [1, 1, 0], [1, 0, 2]])
        feats = np.arange(1, 13, dtype=np.float64).reshape(4, 3)
    else:
        live = (B - empty_batches) * H * W
        if corners:  # the first and the last cell of the live batches are taken
            inner = 1 + rng.choice(live - 2, size=P - 2, replace=False)
            cells = rng.permutation(np.concatenate([[0, live - 1], inner]))
        else:
            cells = rng.choice(live, size=P, replace=False)
        coords = np.stack([cells // (H * W), cells // W % H, cells % W], axis=1)
        feats = rng.standard_normal((P, C))
        feats += np.where(feats >= 0, shift, -shift)
    return {"features": torch.from_numpy(np.ascontiguousarray(feats, dtype=dtype).reshape(-1, C)),
            "coords": torch.from_numpy(np.ascontiguousarray(coords, dtype=np.int64).reshape(-1, 3)),
            "batch_size": int(B), "grid_size": (int(H), int(W))}
