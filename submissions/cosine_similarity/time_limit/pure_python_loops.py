"""Correct, but three nested Python loops: one iteration per (i, j, k)."""
import math

import numpy as np


def cosine_similarity(X, Y):
    xs, ys = X.tolist(), Y.tolist()
    nx = [math.sqrt(sum(a * a for a in x)) for x in xs]
    ny = [math.sqrt(sum(b * b for b in y)) for y in ys]
    out = []
    for x, a in zip(xs, nx):
        row = []
        for y, b in zip(ys, ny):
            s = 0.0
            for u, v in zip(x, y):
                s += u * v
            row.append(s / max(a * b, 1e-8))
        out.append(row)
    return np.array(out, dtype=X.dtype).reshape(X.shape[0], Y.shape[0])
