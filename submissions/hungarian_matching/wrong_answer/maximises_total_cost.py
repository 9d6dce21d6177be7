# mistake: maximises the total cost instead of minimising it (negates the matrix the wrong way round)
# 错误：求的是总代价最大的指派，而不是最小（把代价矩阵取反用错了方向）
import numpy as np


def _min_assign(c):
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
    return match[match >= 0], np.flatnonzero(match >= 0)


def hungarian_matching(cost):
    c = -np.array(cost, dtype=np.float64)  # "profit" = -cost ... then solved as a cost again
    if c.size == 0:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    if c.shape[0] <= c.shape[1]:
        rows, cols = _min_assign(c)
    else:
        cols, rows = _min_assign(c.T.copy())
    order = np.argsort(rows)
    return rows[order], cols[order]
