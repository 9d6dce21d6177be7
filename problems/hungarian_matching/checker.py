"""Accepts any minimum-cost assignment: under ties several are optimal.

The answer (row_ind, col_ind), each of length K = min(N, M) (checked before this is called),
is accepted when every index is in range, row_ind is strictly increasing, col_ind holds no
column twice, and its total cost (summed here in float64, exactly for integer costs) is at
most the reference's optimum plus

    TOL * K * max |cost|

with TOL = 1e-9 for float64 costs, 1e-6 for float32 costs and 0 for integer costs. A solver
working in float32 on float32 costs stays far inside this; one that rounds the costs to
float16 picks a worse assignment on the tests with a large common offset (1000 + small
differences).
"""

import math

import numpy as np

TOL = {"float64": 1e-9, "float32": 1e-6}


def _total(cost, rows, cols):
    if cost.dtype.kind in "iu":
        return int(cost[rows, cols].astype(np.int64).sum()) if len(rows) else 0
    return math.fsum(cost[rows, cols].astype(np.float64).tolist())


def check(inputs, got, expected):
    cost = np.asarray(inputs["args"][0] if inputs["args"] else inputs["kwargs"]["cost"])
    n, m = cost.shape
    rows, cols = (np.asarray(a).astype(np.int64) for a in got)
    erows, ecols = (np.asarray(a).astype(np.int64) for a in expected)
    k = len(erows)
    if k == 0:
        return None
    for name, idx, size in (("row_ind", rows, n), ("col_ind", cols, m)):
        bad = (idx < 0) | (idx >= size)
        if bad.any():
            i = int(np.argmax(bad))
            return f"{name}[{i}] = {idx[i]} is out of range [0, {size})"
    if np.any(np.diff(rows) <= 0):
        i = int(np.argmax(np.diff(rows) <= 0))
        return (f"row_ind must be strictly increasing: row_ind[{i}] = {rows[i]}, "
                f"row_ind[{i + 1}] = {rows[i + 1]}")
    seen = {}
    for i, j in enumerate(cols.tolist()):
        if j in seen:
            return f"column {j} is assigned twice (to rows {rows[seen[j]]} and {rows[i]})"
        seen[j] = i
    total, best = _total(cost, rows, cols), _total(cost, erows, ecols)
    tol = 0.0 if cost.dtype.kind in "iu" else TOL.get(cost.dtype.name, 1e-6) * k * float(np.abs(cost).max())
    if total > best + tol:
        return (f"the assignment costs {total!r}; the minimum is {best!r} "
                f"(excess {total - best:.6g}, allowed {tol:.3g})")
    return None
