"""Inputs for adagrad_step: a parameter, its gradient and a realistic accumulator.

The state comes from running torch.optim.Adagrad itself for ``warm`` steps on the
quadratic-plus-noise loss gradient ``grad = curv * (param - target) + noise``
(``warm: 0`` is the very first step, ``state_sum`` all zeros); the case's gradient is the
next one of the same process. ``grad_scale`` scales the gradients (tiny ones make the
placement of eps matter). ``layout: transposed`` passes 2-D tensors as non-contiguous views.
"""

import numpy as np
import torch


def generate(rng, shape=(4, 3), warm=10, lr=0.01, weight_decay=0.0, eps=1e-10, pass_defaults=False,
             grad_scale=1.0, dtype="float32", layout="contiguous", zero_frac=0.0):
    shape = tuple(int(s) for s in shape)
    tdt = getattr(torch, dtype)
    t = lambda a: torch.from_numpy(np.asarray(a, dtype=dtype))  # noqa: E731
    param = torch.nn.Parameter(t(rng.standard_normal(shape)))
    target = t(rng.standard_normal(shape))
    curv = t(rng.uniform(0.1, 2.0, shape))
    opt = torch.optim.Adagrad([param], lr=lr, weight_decay=weight_decay, eps=eps)

    def next_grad():
        noise = t(rng.standard_normal(shape) * 0.5)
        g = (curv * (param.detach() - target) + noise) * grad_scale
        if zero_frac > 0:
            g = g * t(rng.random(shape) >= zero_frac)
        return g.to(tdt)

    for _ in range(int(warm)):
        param.grad = next_grad()
        opt.step()
    grad = next_grad()
    state_sum = opt.state[param]["sum"].detach().clone() if warm > 0 else torch.zeros(shape, dtype=tdt)
    p = param.detach().clone()
    if layout == "transposed" and len(shape) == 2:
        p, grad, state_sum = (a.t().contiguous().t() for a in (p, grad, state_sum))
    out = {"param": p, "grad": grad, "state_sum": state_sum}
    if not pass_defaults:
        out.update(lr=float(lr), weight_decay=float(weight_decay), eps=float(eps))
    elif (lr, weight_decay, eps) != (0.01, 0.0, 1e-10):
        raise ValueError("pass_defaults needs lr=0.01, weight_decay=0, eps=1e-10")
    return out
