"""Inputs for rmsprop_step: param, grad, square_avg [shape] (same float dtype) and the
hyper-parameters.

The state is realistic: ``steps`` updates (``steps="random"``: 1 to 1000) of the real
torch.optim.RMSprop (its functional form, torch.optim.rmsprop.rmsprop: the single-tensor path
torch.optim.RMSprop takes on CPU; momentum=0, centered=False) with the same hyper-parameters
are run first, on gradients ``gscale * (N(0, 1) + 0.1 * param)`` (a noisy quadratic pull), and
the case is the next step from there; ``steps=0`` is the first step (square_avg all zeros).
``gscale`` small makes sqrt(square_avg) comparable to eps. Timing cases (``mode="timing"``)
draw square_avg instead, so that each round is cheap to build. ``pass_hp=False`` leaves every
hyper-parameter at its default.
"""

import numpy as np
import torch
from torch.optim.rmsprop import rmsprop


def _t(a, dtype):
    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.dtype(dtype)))


def generate(rng, shape=(4, 5), dtype="float32", steps=10, lr=1e-2, alpha=0.99, eps=1e-8,
             weight_decay=0.0, gscale=1.0, mode="history", options="given", pass_hp=True):
    shape = tuple(int(s) for s in shape)
    dt = np.dtype(dtype)
    if steps == "random":
        steps = int(rng.integers(1, 1001))
    if options == "random":  # hyper-parameters drawn per seed
        lr = float(rng.choice([1e-3, 1e-2]))
        alpha = float(rng.choice([0.9, 0.99]))
        eps = float(rng.choice([1e-8, 1e-6]))
        weight_decay = float(rng.choice([0.0, 1e-2, 0.1]))
        gscale = float(rng.choice([1e-3, 0.1, 1.0]))
    hp = {"lr": float(lr), "alpha": float(alpha), "eps": float(eps),
          "weight_decay": float(weight_decay)}
    if mode == "timing":  # cheap draws in the case's own dtype
        param, grad = (torch.from_numpy(rng.standard_normal(shape, dtype=dt)) for _ in range(2))
        sq = torch.from_numpy(rng.random(shape, dtype=dt)) + 0.1
        return {"param": param, "grad": grad, "square_avg": sq, **hp}
    p = _t(rng.standard_normal(shape), dtype)
    sq, st = torch.zeros_like(p), torch.tensor(0.0)
    for _ in range(steps):
        g = gscale * (_t(rng.standard_normal(shape), dtype) + 0.1 * p)
        rmsprop([p], [g], [sq], [], [], [st], foreach=False, momentum=0.0, centered=False, **hp)
    grad = gscale * (_t(rng.standard_normal(shape), dtype) + 0.1 * p)
    out = {"param": p, "grad": grad, "square_avg": sq}
    return {**out, **hp} if pass_hp else out
