"""Inputs for warmup_cosine_lr: a list of int steps and the schedule's four numbers.

``mode``: ``basic`` (every step of a small schedule, in order), ``boundaries`` (the steps
around 0, warmup_steps and total_steps, shuffled, with repeats), ``random`` (steps drawn
from [0, 1.25 * total_steps]), ``timing`` (the same with many steps and a schedule drawn per
round). Schedules keep 0 <= warmup_steps < total_steps and 0 <= min_lr <= base_lr.
"""

import numpy as np


def _schedule(rng, total_max):
    total = int(rng.integers(total_max // 2, total_max + 1))
    warmup = int(rng.integers(1, max(2, total // 5)))
    base = float(10.0 ** rng.uniform(-4.5, -1.0))
    min_lr = float(base * rng.uniform(0.02, 0.3))
    return base, warmup, total, min_lr


def generate(rng, mode="random", n=20, base_lr=None, warmup_steps=None, total_steps=None,
             min_lr=None, total_max=1000):
    if mode in ("random", "timing"):
        base, w, total, mlr = _schedule(rng, int(total_max))
    else:
        base, w, total, mlr = 0.1, 3, 10, 0.01
    if base_lr is not None:
        base = float(base_lr)
    if warmup_steps is not None:
        w = int(warmup_steps)
    if total_steps is not None:
        total = int(total_steps)
    if min_lr is not None:
        mlr = float(min_lr)
    if mode == "basic":
        steps = list(range(total + 2))
    elif mode == "boundaries":
        pts = [0, 1, w - 1, w, w + 1, (w + total) // 2, total - 1, total, total + 1, total + 7, 2 * total, 3 * total + 5]
        pts = [p for p in pts if p >= 0]
        steps = [int(s) for s in rng.permutation(pts + pts[:4])]
    elif mode == "empty":
        steps = []
    elif mode in ("random", "timing"):
        steps = rng.integers(0, int(total * 1.25) + 1, size=int(n)).tolist()
        steps[:3] = [0, w, total + 1] if n >= 3 else steps[:3]
    else:
        raise ValueError(mode)
    out = {"steps": steps, "base_lr": base, "warmup_steps": w, "total_steps": total}
    if mode != "basic" or min_lr is not None:
        out["min_lr"] = mlr
    return out
