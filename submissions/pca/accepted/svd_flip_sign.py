"""SVD of the centred data: the first k right singular vectors, each with its largest-|.|
entry made positive (any sign is accepted; this is sklearn's svd_flip habit)."""
import numpy as np


def pca(x, k):
    xc = x - x.mean(axis=0)
    _, _, vt = np.linalg.svd(xc, full_matrices=False)
    comps = vt[:k]
    signs = np.sign(comps[np.arange(k), np.abs(comps).argmax(axis=1)])
    return comps * signs[:, None]
