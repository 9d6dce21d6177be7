"""Accepts every correct pairwise Euclidean distance matrix, whatever the formula.

The truth is computed here in float64 from the inputs: T[i, j] = ||X_i - Y_j||^2.
An answer D is accepted when every entry is finite, non-negative and

    |D[i, j]^2 - T[i, j]| <= TOL * (||X_i||^2 + ||Y_j||^2) + 1e-30

with TOL = 1e-5 for float32 inputs and 1e-12 for float64 inputs. This is the error the
expansion ||x||^2 + ||y||^2 - 2 x.y makes in the input dtype (its cancellation scales with
the norms, not with the distance), so both it and direct differences pass; a float16
computation, a missing square root or a float32 computation of float64 inputs does not.
"""

import numpy as np

TOL = {"float32": 1e-5, "float64": 1e-12}


def _inputs(inputs):
    values = dict(zip(["X", "Y"], inputs["args"]))
    values.update(inputs["kwargs"])
    return np.asarray(values["X"]), np.asarray(values["Y"])


def check(inputs, got, expected):
    X, Y = _inputs(inputs)
    tol = TOL[str(X.dtype)]
    g = np.asarray(got, dtype=np.float64)
    if g.size == 0:
        return None
    bad = ~np.isfinite(g)
    if bad.any():
        i, j = np.argwhere(bad)[0]
        return f"D[{i}, {j}] is {g[i, j]!r}; a distance is finite"
    neg = g < 0
    if neg.any():
        i, j = np.argwhere(neg)[0]
        return f"D[{i}, {j}] = {g[i, j]!r} is negative; a distance is >= 0"
    x = X.astype(np.float64)
    y = Y.astype(np.float64)
    xx = np.einsum("ij,ij->i", x, x)
    yy = np.einsum("ij,ij->i", y, y)
    scale = xx[:, None] + yy[None, :]
    truth = np.maximum(scale - 2 * (x @ y.T), 0)
    err = np.abs(g * g - truth)
    allowed = tol * scale + 1e-30
    over = err > allowed
    if over.any():
        k = np.argmax(np.where(over, err / allowed, 0))
        i, j = np.unravel_index(k, g.shape)
        return (f"{int(over.sum())} of {g.size} distances are off: D[{i}, {j}] = {g[i, j]:.9g} where "
                f"{np.sqrt(truth[i, j]):.9g} is expected (|D^2 - true^2| = {err[i, j]:.3g}, allowed "
                f"{TOL[str(X.dtype)]:g} * (||x||^2 + ||y||^2) = {allowed[i, j]:.3g})")
    return None
