"""Scripts for LeakyReLU: the module built with a slope (or the default), then forward and
backward calls (harness.run_script). Inputs are standard normal times 3, with exact zeros
and negative zeros sprinkled in; upstream gradients standard normal.

Modes: ``random`` (forward, backward), ``two_forwards`` (backward after the second of two
forwards: it must use the second input), ``module`` (``train(False)`` first: an nn.Module
returns itself), ``zeros`` (an input of +0.0 and -0.0 only), ``example`` (a fixed vector).
"""

import numpy as np
import torch


def _t(a, dtype):
    return torch.from_numpy(np.asarray(a, dtype=dtype))


def generate(rng, mode="random", shape=(4, 8), dtype="float32", slope=0.05):
    shape = tuple(int(s) for s in shape)
    init = [] if slope is None else [float(slope)]
    if mode == "example":
        x = _t([-2.0, -0.5, 0.0, 0.5, 2.0], dtype)
        g = _t([1.0, 1.0, 1.0, 1.0, 1.0], dtype)
        return {"init": [0.1], "calls": [[0, "forward", [x]], [0, "backward", [g]]]}
    if mode == "zeros":
        x = _t(np.where(rng.random(shape) < 0.5, 0.0, -0.0), dtype)
    else:
        x = _t(rng.standard_normal(shape) * 3.0, dtype)
        if x.numel():
            x.view(-1)[:: max(1, x.numel() // 4)] = 0.0
    g = _t(rng.standard_normal(shape), dtype)
    calls = [[0, "forward", [x]], [0, "backward", [g]]]
    if mode == "two_forwards":
        x2 = _t(rng.standard_normal(shape) * 3.0, dtype)
        calls = [[0, "forward", [x]], [0, "forward", [x2]], [0, "backward", [g]]]
    elif mode == "module":
        calls = [[0, "train", [False]], [1, "__call__", [x]], [1, "backward", [g]]]
    return {"init": init, "calls": calls}
