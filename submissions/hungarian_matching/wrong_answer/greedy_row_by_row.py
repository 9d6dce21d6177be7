# mistake: greedy row by row: each row takes its cheapest column not yet taken, which is not the minimum total
# 错误：逐行贪心：每一行取尚未被占用的最便宜的列，总代价并非最小
import numpy as np


def hungarian_matching(cost):
    c = np.asarray(cost, dtype=np.float64)
    n, m = c.shape
    k = min(n, m)
    tall = n > m
    if tall:
        c = c.T
    taken = np.zeros(c.shape[1], dtype=bool)
    rows, cols = [], []
    for i in range(c.shape[0]):
        j = int(np.argmin(np.where(taken, np.inf, c[i])))
        taken[j] = True
        rows.append(i)
        cols.append(j)
    rows, cols = np.array(rows, dtype=np.int64)[:k], np.array(cols, dtype=np.int64)[:k]
    if tall:
        rows, cols = cols, rows
        order = np.argsort(rows)
        rows, cols = rows[order], cols[order]
    return rows, cols
