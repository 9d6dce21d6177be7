"""Inputs for bce: probabilities p and targets y of one shape, one float dtype.

float32 inputs keep p <= 1 - 1e-6 (the float32 rounding of 1 - eps then never matters);
exact 0s and 1s in p occur in float64 inputs only.
"""

import numpy as np


def generate(rng, mode="random", shape=(8,), dtype="float32", soft=False, eps=None):
    shape = tuple(int(s) for s in shape)
    if mode == "basic":
        p = np.array([0.9, 0.2, 0.6, 0.01])
        y = np.array([1.0, 0.0, 1.0, 0.0])
    elif mode == "saturated_example":  # exact 0 and 1: unclipped logs give inf / nan
        p = np.array([1.0, 0.0, 1.0, 0.0, 0.5])
        y = np.array([1.0, 0.0, 0.0, 1.0, 1.0])
    elif mode == "random":
        p = rng.uniform(0.001, 0.999, size=shape)
        y = rng.uniform(0, 1, size=shape) if soft else (rng.random(shape) < 0.5).astype(float)
    elif mode == "saturated":  # float64: exact 0s and 1s, right and wrong
        p = rng.uniform(0.01, 0.99, size=shape)
        y = rng.uniform(0, 1, size=shape) if soft else (rng.random(shape) < 0.5).astype(float)
        k = rng.integers(0, 4, size=shape)
        p = np.where(k == 0, 0.0, np.where(k == 1, 1.0, p))
    elif mode == "ones_only":  # p = 1 everywhere (float64): clipping only below gives nan / inf
        p = np.ones(shape)
        y = (rng.random(shape) < 0.5).astype(float)
    elif mode == "tiny":  # p far below eps (float32-safe): lower clip decides the value
        p = rng.uniform(0, 1e-9, size=shape)
        p.flat[0] = 0.0
        y = (rng.random(shape) < 0.5).astype(float)
    elif mode == "near_eps":  # p around eps and 1 - eps (float64)
        p = np.concatenate([rng.uniform(0, 3e-7, size=shape[0] // 2),
                            1 - rng.uniform(0, 3e-7, size=shape[0] - shape[0] // 2)])
        y = (rng.random(shape) < 0.5).astype(float)
    else:
        raise ValueError(mode)
    out = {"p": np.asarray(p).astype(dtype), "y": np.asarray(y).astype(dtype)}
    if eps is not None:
        out["eps"] = float(eps)
    return out
