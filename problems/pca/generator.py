"""Inputs for pca: x [N, D] (float64 or float32), k in [1, min(D, N - 1)].

The data are built with an exactly known sample covariance V diag(lam) V^T: orthonormal,
zero-mean scores (QR of a centred Gaussian matrix) scaled by sqrt((N - 1) lam), rotated by
a random orthogonal V, plus a mean. The eigenvalues fall geometrically (lam_{i+1} = decay *
lam_i), so consecutive eigenvalues differ by a factor 1 / decay and every component is
well defined: rounding moves a component by about eps * lam_1 / (lam_k - lam_{k+1}).
Per-feature scales differ (V is a random rotation), so standardising the features
changes the answer; ``offset`` puts the mean far from the origin, so skipping the
centring changes it too.
"""

import numpy as np


def _orthonormal(rng, rows, cols):
    q, r = np.linalg.qr(rng.standard_normal((rows, cols)))
    return q * np.sign(np.diag(r))  # a uniformly random orthonormal frame


def generate(rng, n=100, d=5, k=2, decay=0.6, scale=1.0, offset=0.0, dtype="float64"):
    r = min(d, n - 1)  # the rank of the centred data
    z = rng.standard_normal((n, r))
    z -= z.mean(axis=0)
    q, _ = np.linalg.qr(z)  # [n, r]: orthonormal columns, each of zero mean
    lam = scale * decay ** np.arange(r)
    v = _orthonormal(rng, d, r)  # [d, r]
    mean = offset * (1.0 + rng.random(d)) * rng.choice([-1.0, 1.0], d)
    x = (q * np.sqrt((n - 1) * lam)) @ v.T + mean
    return {"x": x.astype(dtype), "k": int(k)}
