"""Expanded distances ||t||^2 - 2 t.x + ||x||^2, then argpartition for speed and a lexsort
on (index, distance) of a slightly larger candidate set to break distance ties by index."""
import numpy as np


def knn_classify(train_x, train_y, test_x, k):
    n = len(train_x)
    d = (test_x ** 2).sum(1)[:, None] - 2 * test_x @ train_x.T + (train_x ** 2).sum(1)[None, :]
    c = int(train_y.max()) + 1
    out = np.empty(len(test_x), dtype=np.int64)
    for i, row in enumerate(d):
        if k < n:
            kth = np.partition(row, k - 1)[k - 1]
            cand = np.flatnonzero(row <= kth)  # ascending index
            cand = cand[np.lexsort((cand, row[cand]))][:k]
        else:
            cand = np.arange(n)
        out[i] = np.bincount(train_y[cand], minlength=c).argmax()
    return out
