"""Inputs for learnable_position_encoding: x [B, L, E], table [max_len, E], offset.

``offset=None`` draws one with offset + L <= max_len; ``layout`` makes x (or the
table) a non-contiguous view.
"""

import numpy as np
import torch


def generate(rng, b=2, l=3, e=4, max_len=None, offset=0, dtype="float32", layout="contiguous",
             scale=1.0, pass_offset=True):
    max_len = l + 4 if max_len is None else max_len
    if offset is None:
        offset = int(rng.integers(0, max_len - l + 1))
    assert 0 <= offset and offset + l <= max_len
    dt = getattr(np, dtype)
    if layout == "x_transposed":  # [B, L, E] view of a [L, B, E] buffer (sequence-first storage)
        x = torch.from_numpy((rng.standard_normal((l, b, e)) * scale).astype(dt)).transpose(0, 1)
    else:
        x = torch.from_numpy((rng.standard_normal((b, l, e)) * scale).astype(dt))
    if layout == "table_transposed":  # [max_len, E] view of an [E, max_len] buffer
        table = torch.from_numpy((rng.standard_normal((e, max_len)) * 0.5).astype(dt)).T
    else:
        table = torch.from_numpy((rng.standard_normal((max_len, e)) * 0.5).astype(dt))
    out = {"x": x, "table": table}
    if pass_offset:
        out["offset"] = int(offset)
    return out
