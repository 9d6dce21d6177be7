import numpy as np


def kmeans(x, init_centroids, n_iters):
    """Lloyd's algorithm: exactly n_iters rounds of (assign, update), computed in float64."""
    X = np.asarray(x, dtype=np.float64)
    c = np.array(init_centroids, dtype=np.float64)  # a copy: the input is not modified
    K, D = c.shape
    labels = np.zeros(X.shape[0], dtype=np.int64)
    for _ in range(n_iters):
        # argmin_j ||x - c_j||^2 = argmin_j (||c_j||^2 - 2 x.c_j); argmin takes the lowest index on ties
        d = (c * c).sum(axis=1) - 2.0 * (X @ c.T)
        labels = np.argmin(d, axis=1)
        counts = np.bincount(labels, minlength=K)
        sums = np.bincount((labels[:, None] * D + np.arange(D)).ravel(), weights=X.ravel(),
                           minlength=K * D).reshape(K, D)
        full = counts > 0  # an empty cluster keeps its centroid
        c[full] = sums[full] / counts[full, None]
    return c.astype(np.result_type(x.dtype, np.float32), copy=False), labels
