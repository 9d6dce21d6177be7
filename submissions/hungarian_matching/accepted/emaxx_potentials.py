"""The textbook Hungarian algorithm with potentials (e-maxx form, 1-based, O(n^2 m)).

Rows are inserted one by one; a Dijkstra-like scan over the columns, vectorised with NumPy,
keeps minv / way, updates the potentials u, v at every step, and stops at a free column; the
path is then flipped. A tall matrix is solved transposed and the index arrays swapped back.
"""
import numpy as np


def hungarian_matching(cost):
    a = np.asarray(cost, dtype=np.float64)
    if a.shape[0] == 0 or a.shape[1] == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    tall = a.shape[0] > a.shape[1]
    if tall:
        a = a.T
    n, m = a.shape
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    p = np.zeros(m + 1, dtype=np.int64)  # p[j]: the row (1-based) matched to column j; 0 = none
    way = np.zeros(m + 1, dtype=np.int64)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            free = ~used[1:]
            cur = a[i0 - 1] - u[i0] - v[1:]
            upd = free & (cur < minv[1:])
            minv[1:][upd] = cur[upd]
            way[1:][upd] = j0
            cand = np.where(free, minv[1:], np.inf)
            j1 = int(np.argmin(cand)) + 1
            delta = cand[j1 - 1]
            u[p[used]] += delta
            v[used] -= delta
            minv[~used] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    cols = np.flatnonzero(p[1:])
    rows = p[1:][cols] - 1
    if tall:
        rows, cols = cols, rows
    order = np.argsort(rows)
    return rows[order], cols[order]
