"""Shortest augmenting path (Hungarian / Jonker-Volgenant, O(n^2 m)) with dual potentials.

A tall matrix is solved transposed, so n <= m. Row reduction first: u[i] = min_j c[i, j],
v = 0, and each row whose cheapest column is still free takes it. Each remaining row then
runs a Dijkstra search over the columns on the reduced costs c[i, j] - u[i] - v[j] >= 0 (one
NumPy operation over all columns per step; among equally cheap columns a free one ends the
search at once) to the cheapest free column, the potentials of the columns it reached (and
of their rows) move by how much closer they were, and the path is flipped. Works in
float64 whatever the input dtype.
"""

import numpy as np


def hungarian_matching(cost):
    c = np.asarray(cost, dtype=np.float64)
    n, m = c.shape
    if n == 0 or m == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    transposed = n > m
    if transposed:
        c, n, m = c.T, m, n
    c = np.ascontiguousarray(c)
    u = c.min(axis=1)
    v = np.zeros(m)
    row_of = np.full(m, -1, np.int64)  # the row matched to each column (-1: free)
    best = c.argmin(axis=1)
    first = np.full(m, -1, np.int64)
    first[best[::-1]] = np.arange(n)[::-1]  # the first row whose cheapest column is j
    taken = first >= 0
    row_of[taken] = first[taken]
    matched = np.zeros(n, bool)
    matched[first[taken]] = True
    dist = np.empty(m)
    for i in np.flatnonzero(~matched):
        minv = np.full(m, np.inf)  # the shortest path found so far to each column
        way = np.full(m, -1, np.int64)  # the column before it on that path (-1: row i)
        used = np.zeros(m, bool)
        free = row_of < 0
        reached = []
        row, prev, base = int(i), -1, 0.0
        while True:
            cur = c[row] - u[row] - v + base
            better = cur < minv
            better &= ~used
            minv[better] = cur[better]
            way[better] = prev
            masked = np.where(used, np.inf, minv)
            d = masked.min()
            ties = masked == d
            free_ties = ties & free
            j = int(np.argmax(free_ties)) if free_ties.any() else int(np.argmax(ties))
            used[j] = True
            reached.append(j)
            dist[j] = d
            if row_of[j] < 0:
                break
            prev, row, base = j, int(row_of[j]), d
        cols = np.array(reached, np.int64)
        shift = d - dist[cols]
        v[cols] -= shift
        u[row_of[cols[:-1]]] += shift[:-1]
        u[i] += d
        while j >= 0:  # flip the path
            p = way[j]
            row_of[j] = row_of[p] if p >= 0 else i
            j = p
    cols_matched = np.flatnonzero(row_of >= 0)
    rows_matched = row_of[cols_matched]
    if transposed:
        return cols_matched, rows_matched
    order = np.argsort(rows_matched)
    return rows_matched[order], cols_matched[order]
