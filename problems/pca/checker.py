"""Accepts every right answer of pca: each component is defined up to its sign.

The rows must be orthonormal (|G G^T - I| <= ORTHO_TOL), and each row, after flipping it to
the sign of the expected row, must match it elementwise: |g - e| <= atol + rtol * |e|, with
the tolerance of the expected dtype. The generator keeps consecutive eigenvalues a factor
apart, so the components are unique up to sign.
"""

import numpy as np

TOL = {"float64": (1e-7, 1e-7), "float32": (1e-5, 1e-5)}  # (rtol, atol)
ORTHO_TOL = {"float64": 1e-6, "float32": 1e-4}


def check(inputs, got, expected):
    exp = np.asarray(expected)
    rtol, atol = TOL.get(exp.dtype.name, TOL["float32"])
    g = np.asarray(got, dtype=np.float64)
    e = exp.astype(np.float64)
    if not np.isfinite(g).all():
        i, j = np.argwhere(~np.isfinite(g))[0]
        return f"component {i} holds {g[i, j]!r} at index {j}"
    gram = g @ g.T
    dev = np.abs(gram - np.eye(len(g)))
    if dev.max() > ORTHO_TOL.get(exp.dtype.name, 1e-4):
        i, j = np.unravel_index(np.argmax(dev), dev.shape)
        what = f"component {i} has norm {np.sqrt(gram[i, i]):.7g}" if i == j else \
            f"components {i} and {j} have dot product {gram[i, j]:.3g}"
        return f"the components must be orthonormal rows: {what}"
    for i in range(len(g)):
        s = 1.0 if g[i] @ e[i] >= 0 else -1.0
        diff = np.abs(s * g[i] - e[i])
        bad = diff > atol + rtol * np.abs(e[i])
        if bad.any():
            j = int(np.argmax(diff - (atol + rtol * np.abs(e[i]))))
            return (f"component {i} (up to sign) differs at index {j}: got {s * g[i, j]:.9g}, "
                    f"expected {e[i, j]:.9g} (max difference {diff.max():.3g}; |cos| with the expected "
                    f"component = {abs(g[i] @ e[i]) / np.linalg.norm(e[i]):.9f})")
    return None
