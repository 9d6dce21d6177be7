"""Inputs for cross_entropy: logits [N, C] (float32/float64), int64 targets [N] in [0, C).

N >= 1 and C >= 1 always. Random rows get their own offsets, so row maxima differ.
"""

import numpy as np


def _layout(x, layout):
    if layout == "transposed":  # a [N, C] view of an array stored as [C, N]
        return np.ascontiguousarray(x.T).T
    return x


def generate(rng, mode="random", n=8, c=5, dtype="float32", scale=3.0, spread=20.0, levels=(0.0, 1000.0),
             layout="contiguous"):
    targets = None
    if mode == "basic":
        x = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
        targets = [0, 2]
    elif mode == "underflow_example":  # p(target) = exp(-1000): log(softmax) gives inf
        x = np.array([[1000.0, 0.0, -1000.0], [-5.0, 5.0, 0.0]])
        targets = [1, 1]
    elif mode == "random":  # drawn in the target dtype: the timing inputs are large
        dt = np.dtype(dtype).type
        x = rng.standard_normal((n, c), dtype=dt) * dt(scale)
        x += rng.uniform(-spread, spread, size=(n, 1)).astype(dt)
    elif mode == "large":  # magnitudes up to 1e4; targets mostly not the argmax
        x = rng.uniform(-1e4, 1e4, size=(n, c))
    elif mode == "very_negative":  # every logit near -1e4: exp(logit) underflows to 0
        x = -1e4 + rng.standard_normal((n, c)) * scale
    elif mode == "far_apart":  # row maxima far apart: one global max underflows some rows
        x = rng.standard_normal((n, c)) * scale + np.resize(np.asarray(levels, float), n)[:, None]
    elif mode == "underflow":  # the target's probability is exp(-1000), 0 in any float
        x = rng.standard_normal((n, c)) * scale
        targets = rng.integers(0, c, size=n)
        other = (targets + 1 + rng.integers(0, c - 1, size=n)) % c
        x[np.arange(n), other] = 1000.0 + rng.uniform(0, 10, size=n)
    elif mode == "confident":  # the target is far ahead: the loss is tiny but not 0
        x = rng.standard_normal((n, c))
        targets = rng.integers(0, c, size=n)
        x[np.arange(n), targets] = 25.0 + rng.uniform(0, 5, size=n)
    elif mode == "permutation":  # distinct targets per row: `log_p[:, targets]` differs
        x = rng.standard_normal((n, c)) * scale
        targets = rng.permutation(c)[:n]
    else:
        raise ValueError(mode)
    if targets is None:
        targets = rng.integers(0, c, size=n)
    logits = _layout(np.asarray(x).astype(dtype), layout)
    return {"logits": logits, "targets": np.asarray(targets, dtype=np.int64)}
