# mistake: each row independently takes its cheapest column (argmin per row), so a column can be assigned to several rows
# 错误：每一行各自取最便宜的列（按行 argmin），同一列可能被分配给多行
import numpy as np


def hungarian_matching(cost):
    c = np.asarray(cost)
    n, m = c.shape
    k = min(n, m)
    if n == 0 or m == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if n <= m:
        return np.arange(n, dtype=np.int64), c.argmin(axis=1).astype(np.int64)
    # more rows than columns: each column takes its cheapest row
    rows = c.argmin(axis=0).astype(np.int64)
    order = np.argsort(rows, kind="stable")
    return rows[order][:k], np.arange(m, dtype=np.int64)[order][:k]
