"""Inputs for top_p_filter: logits [B, V] (float32 or float64) and p in (0, 1].

Random rows keep every cumulative sum of the sorted probabilities at least
``margin`` (1e-4) away from p, so float32 and float64 arithmetic choose the same
set; a row that does not is drawn again. Hand-made rows exercise ties at the
boundary (any shortest set is accepted) and exact knife edges (the set reaching p
and that set plus the next token are both accepted), see checker.py.
"""

import numpy as np
import torch

MARGIN = 1e-4


def _sorted_cumsum(row):
    finite = row[np.isfinite(row)]
    e = np.exp(finite - finite.max())
    return np.cumsum(np.sort(e / e.sum())[::-1])


def _clean(row, p):
    c = _sorted_cumsum(row)
    return bool(np.all(np.abs(c[:-1] - p) >= MARGIN))  # the total (c[-1]) is 1: no decision there


def _random_row(rng, V, p, spread, head, offset, dtype):
    for _ in range(1000):
        row = rng.normal(0.0, spread, V)
        if head:  # a few strong candidates above a long weak tail, as LM logits look;
            # the head holds most of the mass, so p is crossed among tokens of sizeable probability
            h = min(V, int(rng.integers(1, head + 1)))
            row[rng.choice(V, h, replace=False)] += np.log(V) + rng.uniform(2.0, 7.0, h)
        row = (row + offset).astype(dtype).astype(np.float64)  # the values the submission sees
        if _clean(row, p):
            return row
    raise RuntimeError("no clean row")


FIXED = {
    # (rows, p)
    "example": ([[2.0, 1.0, 0.5, 0.0, -1.0]], 0.8),
    "example_batch": ([[0.1, 3.0, -2.0, 1.2, 0.7, 2.5], [1.0, 1.1, 0.9, 1.05, 0.95, -0.3]], 0.6),
    # probs 0.5, 0.3, 0.2 and p = 0.6: the crossing token (0.3) is kept, so 2 tokens
    "crossing_token": ([np.log([0.2, 0.5, 0.3]).tolist()], 0.6),
    # 3 tied tokens after the top one, p crosses inside the tie: any one of them, exactly one
    "tie_at_boundary": ([[1.0, 3.0, 1.0, 0.0, 1.0, -1.0], [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]], 0.75),
    # dyadic probabilities: the mass after 2 tokens is p up to rounding; 2 or 3 tokens accepted
    "knife_edge": ([np.log([0.0625, 0.25, 0.5, 0.0625, 0.125]).tolist()], 0.75),
    # all tokens equal: p = 0.5 of 4 tokens is 2 tokens (a knife edge too: 2 or 3)
    "uniform": ([[0.0, 0.0, 0.0, 0.0]], 0.5),
    # the top two tie, p tiny: one token, either of them
    "tiny_p_tied_top": ([[0.5, 2.0, 2.0, -1.0, 0.0]], 1e-9),
    "single_token": ([[0.25]], 0.9),
    # logits from an earlier top-k filter: -inf entries stay -inf and never count
    "minus_inf_input": ([[1.5, -np.inf, 0.3, -np.inf, 2.2, -0.4, -np.inf]], 0.9),
}


def generate(rng, mode="random", B=2, V=10, p=0.9, spread=1.0, head=0, dtype="float32",
             layout="contiguous", offset=0.0):
    if mode in FIXED:
        rows, p = FIXED[mode]
        logits = np.asarray(rows, dtype=np.float64)
    else:
        if p == "draw":
            p = float(rng.choice([0.3, 0.5, 0.7, 0.8, 0.9, 0.95]))
        # offset: rows around +offset and -offset in turn (huge logits: exp overflows or
        # underflows unless the maximum is subtracted)
        logits = np.stack([_random_row(rng, V, p, spread, head, offset * (-1) ** b, dtype)
                           for b in range(B)])
    t = torch.from_numpy(np.ascontiguousarray(logits.astype(dtype)))
    if layout == "transposed":  # a [B, V] view of a [V, B] tensor
        t = torch.from_numpy(np.ascontiguousarray(logits.astype(dtype).T)).T
    return {"logits": t, "p": float(p)}
