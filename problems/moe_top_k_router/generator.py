"""Inputs for moe_top_k_router: x [T, D], w_gate [D, E], k.

Random cases keep every gap between consecutive values among each row's top k + 1
logits (computed in float64 from the inputs as cast to the case's dtype) at least
``margin`` wide, so that any correct float32 order of summation, and softmax before
or after the top-k, picks the same experts in the same order. Cases that test
ties (and huge logits) use dyadic numbers (multiples of 1/8) whose products and
sums are exact in float32: every implementation sees the same exact logits, so
exact ties stay exact ties.
"""

import numpy as np
import torch


def _dyadic(rng, shape, lo=-16, hi=16):
    """Multiples of 1/8 in [lo/8, hi/8]: products are multiples of 1/64, exact in float32."""
    return rng.integers(lo, hi + 1, size=shape) / 8.0


def _gaussian(rng, T, D, E, k, scale, dtype, margin=1e-3):
    x = rng.standard_normal((T, D), dtype=np.dtype(dtype))
    w = (rng.standard_normal((D, E)) * (scale / np.sqrt(D))).astype(dtype)
    m = min(k + 1, E)
    bad = np.arange(T)
    for _ in range(100):
        if m < 2:
            return x, w
        logits = x[bad] @ w  # the check's own rounding (~1e-5) is far below the margin
        top = -np.partition(-logits, m - 1, axis=1)[:, :m] if m < E else logits
        top = np.sort(top, axis=1)[:, ::-1][:, :m]
        close = (np.diff(-top, axis=1) < margin * max(1.0, scale)).any(axis=1)
        bad = bad[close]
        if bad.size == 0:
            return x, w
        x[bad] = rng.standard_normal((bad.size, D), dtype=np.dtype(dtype))
    raise RuntimeError("could not separate the logits")


def generate(rng, mode="random", T=16, D=32, E=8, k=2, scale=3.0, dtype="float32", layout="contiguous"):
    if mode == "random":
        x, w = _gaussian(rng, T, D, E, k, scale, dtype)
    elif mode == "dyadic":  # small exact numbers: exact ties happen often
        x, w = _dyadic(rng, (T, D), -8, 8), _dyadic(rng, (D, E), -8, 8)
    elif mode == "ties":  # entries in {-1, 0, 1} and D = 3: many exactly equal logits
        x = rng.integers(-1, 2, size=(T, D)).astype(np.float64)
        w = rng.integers(-1, 2, size=(D, E)).astype(np.float64)
    elif mode == "all_equal":  # every logit is 0: the first k experts, weights 1/k
        x = rng.standard_normal((T, D))
        w = np.zeros((D, E))
    elif mode == "large_offset":
        # each token's logits share a huge offset (|offset| up to 1e4) and differ by a few units:
        # exp() without subtracting the max overflows (or underflows to 0/0)
        x = _dyadic(rng, (T, D), -8, 8)
        x[:, 0] = rng.integers(2000, 10001, size=T) * rng.choice([-1.0, 1.0], size=T)
        w = _dyadic(rng, (D, E), -8, 8)
        w[0, :] = 1.0
    else:
        raise ValueError(mode)
    x = np.ascontiguousarray(x.astype(dtype))
    w = np.ascontiguousarray(w.astype(dtype))
    if layout == "transposed":  # x: a [T, D] view of a [D, T] tensor; w_gate = linear.weight.T
        x = np.ascontiguousarray(x.T).T
        w = np.ascontiguousarray(w.T).T
    return {"x": torch.from_numpy(x), "w_gate": torch.from_numpy(w), "k": int(k)}
