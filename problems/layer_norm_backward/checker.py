"""Compares each gradient with a tolerance relative to its own scale.

The three outputs live on very different scales within one case and across cases: dx grows
like 1/sqrt(var + eps) (up to ~1e3 on rows of small variance), dgamma and dbeta are sums over
every row (~sqrt(rows)). A fixed atol is either too tight for a float32 sum over thousands of
rows in another order, or loose enough to let a float16 rounding through where values are
small. So each output `e` (and the answer `g`) must satisfy, elementwise,

    |g - e| <= rtol * |e| + scale * max|e| + atol

with (rtol, scale, atol) of the expected dtype: float32 (1e-4, 1e-5, 1e-6), float64
(1e-9, 1e-11, 1e-12). A correct float32 answer is off by ~2e-7 of the scale; a float16 rounding
by up to ~5e-4 of each value.
"""

import numpy as np

NAMES = ("dx", "dgamma", "dbeta")
TOL = {"float32": (1e-4, 1e-5, 1e-6), "float64": (1e-9, 1e-11, 1e-12)}


def check(inputs, got, expected):
    for name, g, e in zip(NAMES, got, expected):
        e = np.asarray(e)
        rtol, scale, atol = TOL.get(e.dtype.name, TOL["float32"])
        g64 = np.asarray(g, dtype=np.float64)
        e64 = e.astype(np.float64)
        if not np.isfinite(g64).all():
            idx = tuple(int(i) for i in np.argwhere(~np.isfinite(g64))[0])
            return f"wrong value at {name}: {g64[idx]!r} at index {list(idx)} (expected {e64[idx]:.9g})"
        diff = np.abs(g64 - e64)
        allowed = rtol * np.abs(e64) + scale * (np.abs(e64).max() if e64.size else 0.0) + atol
        bad = diff > allowed
        if bad.any():
            idx = tuple(int(i) for i in np.unravel_index(np.argmax(diff - allowed), diff.shape))
            return (f"wrong value at {name}: {int(bad.sum())} of {bad.size} elements out of tolerance; "
                    f"worst at index {list(idx)}: got {g64[idx]:.9g}, expected {e64[idx]:.9g} "
                    f"(|diff| {diff[idx]:.3g}, allowed {allowed[idx]:.3g}: rtol {rtol:g} of the value "
                    f"+ {scale:g} of max|{name}| = {np.abs(e64).max():.4g} + atol {atol:g})")
    return None
