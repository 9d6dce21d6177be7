"""Inputs for sgd_momentum_step: param, grad [shape] (same float dtype), momentum_buffer
(None on the first step, else a tensor like param) and the hyper-parameters.

The state is realistic: ``steps`` updates (``steps="random"``: 1 to 1000) of the real
torch.optim.SGD (its functional form, torch.optim.sgd.sgd) with the same hyper-parameters are
run first, on gradients ``gscale * N(0, 1) + 0.1 * param`` (a noisy quadratic pull), and the
case is the next step from there. ``steps=0`` is the first step (no buffer yet). Timing cases
(``mode="timing"``) draw a random buffer instead, so that each round is cheap to build.
"""

import numpy as np
import torch
from torch.optim.sgd import sgd


def _t(a, dtype):
    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.dtype(dtype)))


def generate(rng, shape=(4, 5), dtype="float32", steps=10, lr=0.1, momentum=0.9, dampening=0.0,
             nesterov=False, weight_decay=0.0, gscale=1.0, mode="history", options="given"):
    shape = tuple(int(s) for s in shape)
    if steps == "random":
        steps = int(rng.integers(1, 1001))
    if options == "random":  # hyper-parameters drawn per seed
        lr = float(rng.choice([0.01, 0.05, 0.1, 0.3]))
        momentum = float(rng.choice([0.5, 0.9, 0.99]))
        nesterov = bool(rng.integers(0, 2))
        dampening = 0.0 if nesterov else float(rng.choice([0.0, 0.1, 0.5]))
        weight_decay = float(rng.choice([0.0, 1e-3, 0.05]))
    hp = {"lr": float(lr), "momentum": float(momentum), "dampening": float(dampening),
          "nesterov": bool(nesterov), "weight_decay": float(weight_decay)}
    if mode == "timing":  # cheap draws in the case's own dtype
        param, grad, buf = (torch.from_numpy(rng.standard_normal(shape, dtype=np.dtype(dtype)))
                            for _ in range(3))
        return {"param": param, "grad": grad, "momentum_buffer": buf, **hp}
    param = _t(rng.standard_normal(shape), dtype)
    # torch.optim.SGD's own update (its functional form, the single-tensor path it takes on
    # CPU: torch.optim.SGD.step would import torch._dynamo, seconds per process)
    p, bufs = param.clone(), [None]
    for _ in range(steps):
        g = _t(rng.standard_normal(shape) * gscale, dtype) + 0.1 * p
        sgd([p], [g], bufs, foreach=False, maximize=False, **hp)
    grad = _t(rng.standard_normal(shape) * gscale, dtype) + 0.1 * p
    buf = bufs[0]
    return {"param": p, "grad": grad, "momentum_buffer": None if buf is None else buf.clone(), **hp}
