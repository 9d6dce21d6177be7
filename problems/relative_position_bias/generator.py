"""Inputs for relative_position_bias: a table [2K+1, H] and two lengths.

Table entries are distinct random values (no two rows alike), so reading the wrong row is
always visible. layout="transposed" passes the table as a [2K+1, H] view of [H, 2K+1]
storage.
"""

import torch


def generate(rng, K=2, H=2, q_len=4, k_len=None, dtype="float32", layout="contiguous"):
    k_len = q_len if k_len is None else k_len
    rows = 2 * K + 1
    table = rng.standard_normal((H, rows) if layout == "transposed" else (rows, H)).astype(dtype)
    t = torch.from_numpy(table)
    if layout == "transposed":
        t = t.t()
    return {"table": t, "q_len": int(q_len), "k_len": int(k_len)}
