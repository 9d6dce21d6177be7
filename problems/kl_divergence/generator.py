"""Inputs for kl: p and q of one shape [..., C] and float dtype, rows that are distributions.

q > 0 wherever p > 0. ``zeros_p``: fraction of entries of p set to 0 (then renormalised);
``zeros_q``: where p = 0, q is also 0 with this probability. ``close``: q a small
perturbation of p.
"""

import numpy as np


def _normalise(a):
    return a / a.sum(axis=-1, keepdims=True)


def generate(rng, mode="random", shape=(4, 5), dtype="float32", conc=1.0, zeros_p=0.0, zeros_q=0.0):
    shape = tuple(int(s) for s in shape)
    if mode == "basic":
        p = np.array([0.5, 0.25, 0.25, 0.0])
        q = np.array([0.25, 0.25, 0.25, 0.25])
    elif mode == "zero_example":  # p = 0 and q = 0 at the same place: that term is 0
        p = np.array([[0.7, 0.3, 0.0], [0.1, 0.0, 0.9]])
        q = np.array([[0.5, 0.5, 0.0], [0.2, 0.4, 0.4]])
    else:
        p = rng.gamma(conc, size=shape) + 1e-12
        if zeros_p:
            z = rng.random(shape) < zeros_p
            z[..., 0] = False  # every row keeps some mass
            p = np.where(z, 0.0, p)
        p = _normalise(p)
        if mode == "close":
            q = _normalise(p * np.exp(0.05 * rng.standard_normal(shape)) + 1e-3)
        else:
            q = _normalise(rng.gamma(conc, size=shape) + 1e-3)
        if zeros_q:
            zq = (p == 0) & (rng.random(shape) < zeros_q)
            q = _normalise(np.where(zq, 0.0, q))
        if mode == "same":
            q = p.copy()
    return {"p": np.asarray(p).astype(dtype), "q": np.asarray(q).astype(dtype)}
