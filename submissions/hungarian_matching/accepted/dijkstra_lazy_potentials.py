"""Successive shortest paths: for each row a Dijkstra over the columns on reduced costs.

Distances are kept from the new row with the potentials frozen during the search; once a
free column is reached, every column settled before it (and its row) has its potential moved
by how much closer it was. Rectangular matrices: the shorter side is the one assigned.
"""
import numpy as np


def _solve(c):
    n, m = c.shape  # n <= m
    u, v = np.zeros(n), np.zeros(m)
    match = -np.ones(m, dtype=np.int64)
    for start in range(n):
        dist = np.full(m, np.inf)
        pred = -np.ones(m, dtype=np.int64)
        done = np.zeros(m, dtype=bool)
        settled = []
        row, here, last = start, 0.0, -1
        while True:
            d = here + c[row] - u[row] - v
            closer = (d < dist) & ~done
            dist[closer] = d[closer]
            pred[closer] = last
            j = int(np.argmin(np.where(done, np.inf, dist)))
            done[j] = True
            settled.append((j, dist[j]))
            if match[j] < 0:
                break
            last, row, here = j, match[j], dist[j]
        total = dist[j]
        for col, dj in settled[:-1]:
            v[col] -= total - dj
            u[match[col]] += total - dj
        u[start] += total
        while j >= 0:
            prev = pred[j]
            match[j] = match[prev] if prev >= 0 else start
            j = prev
    rows = match[match >= 0]
    cols = np.flatnonzero(match >= 0)
    return rows, cols


def hungarian_matching(cost):
    c = np.array(cost, dtype=np.float64)
    if c.size == 0:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    if c.shape[0] <= c.shape[1]:
        rows, cols = _solve(c)
    else:
        cols, rows = _solve(c.T.copy())
    order = np.argsort(rows, kind="stable")
    return rows[order], cols[order]
