"""Sample covariance of the centred data, np.linalg.eigh, the last k eigenvectors reversed."""
import numpy as np


def pca(x, k):
    xc = x - x.mean(axis=0)
    cov = xc.T @ xc / (len(x) - 1)
    w, v = np.linalg.eigh(cov)
    order = np.argsort(w)[::-1][:k]
    return v[:, order].T
