"""Mistake: standardises every feature (divides by its std) before the decomposition,
which gives the components of the correlation matrix, not the covariance."""
import numpy as np


def pca(x, k):
    xc = (x - x.mean(axis=0)) / x.std(axis=0)
    _, _, vt = np.linalg.svd(xc, full_matrices=False)
    return vt[:k]
