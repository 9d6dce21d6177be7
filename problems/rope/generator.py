"""Inputs for rope: x [B, H, L, D], int64 positions [L] or [B, L], a base.

pos_mode:
  arange     start, start + 1, ..., start + L - 1 (start may be far from 0)
  random     L distinct positions in [0, max_pos), unsorted (packed or shuffled tokens)
  per_batch  [B, L]: each row start_b + arange(L) with its own start_b in [0, max_pos - L)
layout="blhd_view" passes x as a [B, H, L, D] view of [B, L, H, D] storage.
"""

import numpy as np
import torch


def generate(rng, B=1, H=1, L=4, D=8, dtype="float32", pos_mode="arange", start=0, max_pos=2048,
             base=10000.0, layout="contiguous", scale=1.0):
    if layout == "blhd_view":
        x = rng.standard_normal((B, L, H, D)) * scale
        x = torch.from_numpy(x.astype(dtype)).transpose(1, 2)
    else:
        x = torch.from_numpy((rng.standard_normal((B, H, L, D)) * scale).astype(dtype))
    if pos_mode == "arange":
        pos = np.arange(start, start + L)
    elif pos_mode == "random":
        pos = rng.choice(max_pos, size=L, replace=False)
    elif pos_mode == "per_batch":
        starts = rng.integers(0, max_pos - L, size=(B, 1))
        pos = starts + np.arange(L)
    else:
        raise ValueError(pos_mode)
    return {"x": x, "positions": torch.from_numpy(pos.astype(np.int64)), "base": float(base)}
