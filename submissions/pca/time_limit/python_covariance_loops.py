"""Correct, but the covariance in pure Python loops (O(N * D^2) interpreter work), then
eigh."""
import numpy as np


def pca(x, k):
    n, d = x.shape
    rows = x.tolist()
    mean = [sum(r[j] for r in rows) / n for j in range(d)]
    rows = [[r[j] - mean[j] for j in range(d)] for r in rows]
    cov = [[0.0] * d for _ in range(d)]
    for r in rows:
        for a in range(d):
            ra = r[a]
            ca = cov[a]
            for b in range(d):
                ca[b] += ra * r[b]
    _, v = np.linalg.eigh(np.array(cov))
    return v[:, ::-1][:, :k].T.astype(x.dtype)
