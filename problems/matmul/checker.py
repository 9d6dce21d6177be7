"""Accepts a product computed in any summation order.

The exact product T = A @ B is computed here in float64, with the scale S = |A| @ |B|
(the sum of the magnitudes of the K terms of each entry). An answer C is accepted when
every entry is finite and

    |C[i, j] - T[i, j]| <= TOL * S[i, j] + 1e-30

with TOL = 1e-5 for float32 inputs and 1e-12 for float64 inputs. Rounding in any order of
summation stays far below this; a float16 computation, or float64 inputs computed in
float32, does not.
"""

import numpy as np

TOL = {"float32": 1e-5, "float64": 1e-12}


def check(inputs, got, expected):
    values = dict(zip(["A", "B"], inputs["args"]))
    values.update(inputs["kwargs"])
    A, B = np.asarray(values["A"]), np.asarray(values["B"])
    tol = TOL[str(np.result_type(A, B))]
    g = np.asarray(got, dtype=np.float64)
    if g.size == 0:
        return None
    bad = ~np.isfinite(g)
    if bad.any():
        i, j = np.argwhere(bad)[0]
        return f"C[{i}, {j}] is {g[i, j]!r}; every entry is finite"
    a, b = A.astype(np.float64), B.astype(np.float64)
    truth = a @ b
    allowed = tol * (np.abs(a) @ np.abs(b)) + 1e-30
    err = np.abs(g - truth)
    over = err > allowed
    if over.any():
        i, j = np.unravel_index(np.argmax(np.where(over, err / allowed, 0)), g.shape)
        return (f"{int(over.sum())} of {g.size} entries are off: C[{i}, {j}] = {g[i, j]:.9g} where "
                f"{truth[i, j]:.9g} is expected (error {err[i, j]:.3g}, allowed {tol:g} * "
                f"sum_k |A[i, k] B[k, j]| = {allowed[i, j]:.3g})")
    return None
