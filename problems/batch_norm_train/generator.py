"""Inputs for batch_norm_train: x [N, C, *spatial], gamma, beta, running_mean, running_var [C]
(one float dtype), momentum and eps (Python floats, passed only when given).

Every channel of x gets its own spread (``std`` times a factor in [0.5, 2]) and mean
(N(0, (shift * std)^2)), away from the running statistics, so that the batch and running statistics differ.
``std: 1e-3`` makes the variance (~1e-6) smaller than eps, where the placement of eps shows.
``layout: channels_last`` passes a 4-D x as a non-contiguous NCHW view of NHWC memory.
"""

import numpy as np


def generate(rng, shape=(4, 3), dtype="float32", std=1.0, shift=2.0, momentum=None, eps=None,
             layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    C = shape[1]
    bshape = (1, C) + (1,) * (len(shape) - 2)
    mu = std * rng.normal(0.0, shift, bshape)
    sd = std * rng.uniform(0.5, 2.0, bshape)
    x = (mu + sd * rng.standard_normal(shape)).astype(dtype)
    if layout == "channels_last" and len(shape) == 4:
        x = np.ascontiguousarray(x.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)
    gamma = rng.uniform(0.5, 2.0, C) * rng.choice([-1.0, 1.0], C)
    beta = rng.normal(0.0, 1.0, C)
    running_mean = rng.normal(0.0, 1.0, C)
    running_var = rng.uniform(0.5, 2.0, C) * std * std
    out = {"x": x, "gamma": gamma.astype(dtype), "beta": beta.astype(dtype),
           "running_mean": running_mean.astype(dtype), "running_var": running_var.astype(dtype)}
    if momentum is not None:
        out["momentum"] = float(momentum)
    if eps is not None:
        out["eps"] = float(eps)
    return out
