"""Inputs for batch_norm_eval: x [N, C, *spatial], running_mean/var, gamma, beta [C], eps.

Running statistics are drawn independently of x (x is drawn around ``batch_shift`` off
them), so the batch's own mean and variance differ from the running ones. ``var_scale``
scales the running variances (small ones make the placement of eps matter).
``layout: channels_last`` passes a 4-D x as a non-contiguous NCHW view of NHWC memory.
"""

import numpy as np


def generate(rng, shape=(4, 3), dtype="float32", var_scale=1.0, batch_shift=0.5, eps=1e-5,
             pass_eps=True, layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    C = shape[1]
    mean = rng.normal(0.0, 2.0, C)
    var = rng.uniform(0.2, 3.0, C) * var_scale
    gamma = rng.uniform(0.5, 2.0, C) * rng.choice([-1.0, 1.0], C)
    beta = rng.normal(0.0, 1.0, C)
    bshape = (1, C) + (1,) * (len(shape) - 2)
    # per-channel: x around the running mean, shifted and with a different spread
    x = (mean.reshape(bshape) + batch_shift * rng.standard_normal(bshape)
         + np.sqrt(var).reshape(bshape) * rng.uniform(0.5, 2.0, bshape) * rng.standard_normal(shape))
    x = x.astype(dtype)
    if layout == "channels_last" and len(shape) == 4:
        x = np.ascontiguousarray(x.transpose(0, 2, 3, 1)).transpose(0, 3, 1, 2)
    out = {"x": x, "running_mean": mean.astype(dtype), "running_var": var.astype(dtype),
           "gamma": gamma.astype(dtype), "beta": beta.astype(dtype)}
    if pass_eps:
        out["eps"] = float(eps)
    return out
