"""Inputs for layer_norm_backward: x [..., D], gamma [D], dy [..., D] (one float dtype), eps
(a Python float, passed only when given).

Each row is ``mu + sd * z`` with ``z`` standardised exactly over the row (mean 0, variance 1),
so every row's spread is ``sd`` = ``std`` times a factor in [0.5, 2] and its mean ``mu`` is
within a few ``sd`` of 0: float32 rounding of ``x - mean`` stays small next to the spread,
whatever the row (for D = 2 too). ``std: 1e-3`` makes the variance (~1e-6) smaller than eps.
``mode: constant`` makes every other row constant (a multiple of 1/4: its mean and its zero
variance are exact in any order of summation). gamma is far from 1 and varies along D;
dy is Gaussian. ``layout: transposed`` passes x as a view with its two leading axes swapped in
memory.
"""

import numpy as np


def generate(rng, shape=(2, 8), dtype="float32", mode="random", std=1.0, eps=None,
             layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    D = shape[-1]
    rows = shape[:-1] + (1,)
    z = rng.standard_normal(shape)
    z = z - z.mean(axis=-1, keepdims=True)
    z = z / np.sqrt((z * z).mean(axis=-1, keepdims=True))
    sd = std * rng.uniform(0.5, 2.0, rows)
    x = sd * (rng.normal(0.0, 1.0, rows) + z)
    if mode == "constant":
        flat = x.reshape(-1, D)
        flat[::2] = rng.integers(-8, 9, (len(flat[::2]), 1)) / 4.0
        x = flat.reshape(shape)
    gamma = rng.uniform(0.5, 2.0, D) * rng.choice([-1.0, 1.0], D)
    dy = rng.standard_normal(shape)
    x = x.astype(dtype)
    if layout == "transposed" and len(shape) >= 3:
        x = np.ascontiguousarray(np.swapaxes(x, 0, 1)).swapaxes(0, 1)
    out = {"x": x, "gamma": gamma.astype(dtype), "dy": dy.astype(dtype)}
    if eps is not None:
        out["eps"] = float(eps)
    return out
