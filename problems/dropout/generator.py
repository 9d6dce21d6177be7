"""Inputs for dropout: x, p, training and a seeded torch.Generator (support.generator).

The generator seed is drawn per case from ``rng``, so timing rounds get fresh draws.
``layout: transposed`` passes a 2-D x as a non-contiguous view.
"""

import numpy as np
import torch

from judge.harness import Make


def generate(rng, shape=(3, 6), p=0.5, training=True, dtype="float32", layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    x = rng.standard_normal(shape) * 2.0 + 0.5
    x = torch.from_numpy(np.asarray(x, dtype=dtype))
    if layout == "transposed":
        x = x.t().contiguous().t()
    seed = int(rng.integers(0, 2**62))
    return {"x": x, "p": float(p), "training": bool(training), "generator": Make("generator", seed=seed)}
