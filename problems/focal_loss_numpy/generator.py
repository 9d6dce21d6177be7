"""Inputs for focal_loss (numpy): logits and {0, 1} targets of one shape and float dtype.

``mode``: ``random`` (logits N(0, scale^2)), ``extreme`` (logits of +-50..200, half of
them on the wrong side: log(sigmoid(x)) underflows to -inf), ``basic`` (a fixed
example). alpha / gamma are passed only when given.
"""

import numpy as np


def generate(rng, mode="random", shape=(4, 5), dtype="float32", scale=3.0, pos=0.3, alpha=None,
             gamma=None, layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    if mode == "basic":
        x = np.array([[2.0, -1.0, 0.5], [-3.0, 4.0, 0.0]])
        t = np.array([[1.0, 0.0, 0.0], [1.0, 1.0, 0.0]])
    elif mode == "extreme_example":
        x = np.array([-200.0, 200.0, 150.0, -150.0])
        t = np.array([1.0, 0.0, 1.0, 0.0])
    elif mode == "random":
        x = rng.standard_normal(shape) * scale
        t = (rng.random(shape) < pos).astype(float)
    elif mode == "extreme":
        x = rng.uniform(50, 200, size=shape) * rng.choice([-1.0, 1.0], size=shape)
        t = (rng.random(shape) < 0.5).astype(float)
    else:
        raise ValueError(mode)
    x = x.astype(dtype)
    t = t.astype(dtype)
    if layout == "transposed":  # a view of an array stored transposed
        x = np.ascontiguousarray(x.T).T
        t = np.ascontiguousarray(t.T).T
    out = {"inputs": x, "targets": t}
    if alpha is not None:
        out["alpha"] = float(alpha)
    if gamma is not None:
        out["gamma"] = float(gamma)
    return out
