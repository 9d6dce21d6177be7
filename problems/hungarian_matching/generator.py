"""Inputs for hungarian_matching: a cost matrix [N, M] (float64, float32 or int64).

Modes: ``random`` (``dist``: uniform [0, 1) times ``scale``, normal times ``scale`` (negative
costs), ``int`` (integers in [0, ``scale``): many ties, many optimal assignments), ``offset``
(1000 + uniform [0, 1): the differences that matter sit far below float16's spacing at 1000)),
``trap`` (one column is the cheapest of every row, and the first row needs it least: greedy
row by row gives it to the first row, and a per-row argmin picks it for every row; drawn again
until greedy is visibly worse than the optimum), ``constant`` (every assignment optimal),
``example`` and ``example_rect`` (fixed).
"""

import importlib.util
from pathlib import Path

import numpy as np

_HERE = Path(__file__).resolve().parent


def _reference():
    spec = importlib.util.spec_from_file_location("_hungarian_gen_reference", _HERE / "reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.hungarian_matching


_solve = _reference()


def _greedy_total(c):
    taken, total = set(), 0.0
    for row in c:
        j = min((j for j in range(len(row)) if j not in taken), key=lambda j: row[j])
        taken.add(j)
        total += row[j]
    return total


def _trap(rng, n, m):
    for _ in range(100):
        c = 1.5 + rng.random((n, m))
        c[0] = 1.0 + rng.random(m) * 0.05  # the first row's other columns are cheap: it needs the hub least
        hub = int(rng.integers(0, m))
        c[:, hub] = rng.random(n) * 0.1  # the cheapest column of every row
        r, k = _solve(c)
        if _greedy_total(c) > c[r, k].sum() + 0.1:
            return c
    raise RuntimeError("no trap drawn")


def _draw(rng, dist, n, m, scale):
    if dist == "uniform":
        return rng.random((n, m)) * scale
    if dist == "normal":
        return rng.standard_normal((n, m)) * scale
    if dist == "int":
        return rng.integers(0, int(scale), size=(n, m)).astype(np.int64)
    if dist == "offset":
        return 1000.0 + rng.random((n, m))
    raise ValueError(dist)


def generate(rng, mode="random", n=5, m=5, dist="uniform", scale=1.0, dtype="float64"):
    if mode == "example":
        return {"cost": np.array([[4, 1, 3], [2, 0, 5], [3, 2, 2]], dtype=np.int64)}
    if mode == "example_rect":
        return {"cost": np.array([[0.5, 0.9, 0.1], [0.2, 0.8, 0.15]], dtype=dtype)}
    if mode == "trap":
        c = _trap(rng, n, m)
    elif mode == "constant":
        c = np.full((n, m), 2.5)
    elif mode == "random":
        c = _draw(rng, dist, n, m, scale)
    else:
        raise ValueError(mode)
    if c.dtype.kind == "f":
        c = c.astype(dtype)
    return {"cost": c}
