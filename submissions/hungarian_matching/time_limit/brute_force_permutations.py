"""Brute force: tries every injective assignment with itertools.permutations (O(m!/(m-n)!))."""
import itertools

import numpy as np


def hungarian_matching(cost):
    c = np.asarray(cost, dtype=np.float64)
    n, m = c.shape
    tall = n > m
    if tall:
        c = c.T
        n, m = m, n
    rows = list(range(n))
    best, best_cols = None, []
    table = c.tolist()
    for cols in itertools.permutations(range(m), n):
        total = sum(table[i][j] for i, j in zip(rows, cols))
        if best is None or total < best:
            best, best_cols = total, cols
    r, k = np.arange(n, dtype=np.int64), np.array(best_cols, dtype=np.int64)
    if tall:
        order = np.argsort(k)
        r, k = k[order], r[order]
    return r, k
