"""Inputs for roc_auc: y_true int64 [N] in {0, 1} with both classes present, scores [N] float.

Scores are a class-dependent shift plus noise. With ``levels``, scores are rounded onto
that many distinct values, so most positive/negative pairs tie; tie groups always mix
both classes in random index order, so ordinal ranks (ties not averaged) or a strict
comparison give another answer.
"""

import numpy as np


def _labels(rng, n, pos_frac):
    y = (rng.random(n) < pos_frac).astype(np.int64)
    if y.min() == y.max():  # both classes present
        y[rng.choice(n, 2, replace=False)] = [0, 1]
    return y


def generate(rng, mode="random", n=100, pos_frac=0.5, shift=1.0, levels=0, dtype="float64"):
    if mode == "example":
        y = [0, 0, 1, 1, 0, 1]
        s = [0.1, 0.4, 0.35, 0.8, 0.6, 0.6]
    elif mode == "example_ties":  # three scores only
        y = [1, 0, 1, 0, 0, 1, 1, 0]
        s = [0.5, 0.5, 0.9, 0.1, 0.5, 0.1, 0.5, 0.2]
    elif mode == "all_tied":
        y = _labels(rng, n, pos_frac)
        s = np.full(n, 0.25)
    elif mode == "two":  # one negative ranked above one positive: AUC 0
        y, s = [1, 0], [0.2, 0.7]
    elif mode == "separated":  # every positive above every negative: AUC 1, in shuffled order
        y = _labels(rng, n, pos_frac)
        s = np.where(y == 1, rng.uniform(1, 2, n), rng.uniform(-2, 0.5, n))
    elif mode == "random":
        y = _labels(rng, n, pos_frac)
        s = shift * y + rng.standard_normal(n)
        if levels:  # round onto `levels` distinct values
            lo, hi = s.min(), s.max()
            s = np.round((s - lo) / (hi - lo) * (levels - 1)) / (levels - 1)
    else:
        raise ValueError(mode)
    return {"y_true": np.asarray(y, dtype=np.int64), "scores": np.asarray(s, dtype=dtype)}
