"""Correct (direct differences), but three nested Python loops: one iteration per (i, j, k)."""
import math

import numpy as np


def pairwise_l2_distance(X, Y):
    xs, ys = X.tolist(), Y.tolist()
    out = []
    for x in xs:
        row = []
        for y in ys:
            s = 0.0
            for a, b in zip(x, y):
                s += (a - b) * (a - b)
            row.append(math.sqrt(s))
        out.append(row)
    return np.array(out, dtype=X.dtype).reshape(X.shape[0], Y.shape[0])
