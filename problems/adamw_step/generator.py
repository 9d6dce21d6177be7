"""Inputs for adamw_step: param, grad, exp_avg, exp_avg_sq [shape] (same float dtype), step
(the number of updates already taken) and the hyper-parameters.

The state is realistic: ``steps`` updates (``steps="random"``: 1 to 1000) of the real
torch.optim.AdamW (its functional form, torch.optim.adamw.adamw: the single-tensor path
torch.optim.AdamW takes on CPU) with the same hyper-parameters are run first, on gradients
``gscale * (N(0, 1) + 0.1 * param)`` (a noisy quadratic pull), and the case is the next step
from there; ``steps=0`` is the first step (zero moments). ``gscale`` small makes
sqrt(v_hat) comparable to eps. Timing cases (``mode="timing"``) draw the moments instead,
so that each round is cheap to build. ``pass_hp=False`` leaves every hyper-parameter at its
default.
"""

import numpy as np
import torch
from torch.optim.adamw import adamw


def _t(a, dtype):
    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.dtype(dtype)))


def generate(rng, shape=(4, 5), dtype="float32", steps=10, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
             weight_decay=1e-2, gscale=1.0, mode="history", options="given", pass_hp=True):
    shape = tuple(int(s) for s in shape)
    dt = np.dtype(dtype)
    if steps == "random":
        steps = int(rng.integers(1, 1001))
    if options == "random":  # hyper-parameters drawn per seed
        lr = float(rng.choice([1e-3, 1e-2, 0.05]))
        betas = (float(rng.choice([0.8, 0.9])), float(rng.choice([0.99, 0.999])))
        eps = float(rng.choice([1e-8, 1e-6]))
        weight_decay = float(rng.choice([0.0, 1e-2, 0.1, 0.5]))
        gscale = float(rng.choice([1e-3, 0.1, 1.0]))
    hp = {"lr": float(lr), "betas": (float(betas[0]), float(betas[1])), "eps": float(eps),
          "weight_decay": float(weight_decay)}
    if mode == "timing":  # cheap draws in the case's own dtype
        param, grad, m = (torch.from_numpy(rng.standard_normal(shape, dtype=dt)) for _ in range(3))
        v = torch.from_numpy(rng.random(shape, dtype=dt)) + 0.1
        return {"param": param, "grad": grad, "exp_avg": m.mul_(0.1), "exp_avg_sq": v,
                "step": int(rng.integers(1, 10001)), **hp}
    p = _t(rng.standard_normal(shape), dtype)
    m, v, st = torch.zeros_like(p), torch.zeros_like(p), torch.tensor(0.0)
    for _ in range(steps):
        g = gscale * (_t(rng.standard_normal(shape), dtype) + 0.1 * p)
        adamw([p], [g], [m], [v], [], [st], foreach=False, amsgrad=False, beta1=hp["betas"][0],
              beta2=hp["betas"][1], lr=hp["lr"], weight_decay=hp["weight_decay"], eps=hp["eps"],
              maximize=False)
    assert int(st.item()) == steps
    grad = gscale * (_t(rng.standard_normal(shape), dtype) + 0.1 * p)
    out = {"param": p, "grad": grad, "exp_avg": m, "exp_avg_sq": v, "step": int(steps)}
    return {**out, **hp} if pass_hp else out
