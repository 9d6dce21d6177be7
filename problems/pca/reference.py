import numpy as np


def pca(x, k):
    """Covariance of the centred data in float64, eigh, the k largest eigenvectors as rows."""
    xc = x.astype(np.float64) - x.mean(axis=0, dtype=np.float64)
    cov = xc.T @ xc
    _, vecs = np.linalg.eigh(cov)  # ascending eigenvalues, eigenvectors as columns
    return vecs[:, ::-1][:, :k].T.astype(np.result_type(x.dtype, np.float32))
