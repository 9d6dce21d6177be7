"""Inputs for clip_grad_norm: a list of gradient tensors, max_norm and (maybe) norm_type.

``shapes`` lists the tensors' shapes; or ``n_tensors`` tensors of about ``size`` elements
in all (weights [a, b] and biases [b], drawn from rng). ``max_norm`` is ``ratio`` times the
true total norm (rounded to 3 significant digits). ``balanced`` gives every tensor a
norm above max_norm (per-tensor clipping then differs). ``mode: zeros`` gives zero grads.
"""

import math

import numpy as np
import torch


def _shapes(rng, n_tensors, size):
    shapes, per = [], max(2, 2 * size // n_tensors)  # weights carry almost all the entries
    for i in range(n_tensors):
        if i % 2 == 0:
            b = int(rng.integers(64, 512))
            shapes.append((max(1, per // b), b))
        else:
            shapes.append((int(rng.integers(64, 4096)),))
    return shapes


def generate(rng, shapes=None, n_tensors=4, size=1000, ratio=0.5, norm_type=2.0, pass_norm_type=True,
             scale=1.0, balanced=False, mode="normal", dtype="float32", layout="contiguous"):
    norm_type = float(norm_type)
    shapes = [tuple(int(s) for s in sh) for sh in shapes] if shapes is not None else _shapes(rng, n_tensors, size)
    arrays = []
    for sh in shapes:
        a = rng.standard_normal(sh) * scale * rng.uniform(0.2, 3.0)
        if balanced:
            a = a / max(np.sqrt(np.sum(a * a)), 1e-30) * scale * rng.uniform(0.9, 1.1)
        if mode == "zeros":
            a = np.zeros(sh)
        arrays.append(np.asarray(a, dtype=dtype))
    flat = np.concatenate([a.reshape(-1).astype(np.float64) for a in arrays])
    total = np.max(np.abs(flat)) if math.isinf(norm_type) else np.sqrt(np.sum(flat * flat))
    max_norm = float(f"{ratio * total:.3g}") if total > 0 else float(ratio)
    grads = []
    for a in arrays:
        if layout == "transposed" and a.ndim == 2:
            grads.append(torch.from_numpy(np.ascontiguousarray(a.T)).t())
        else:
            grads.append(torch.from_numpy(a))
    out = {"grads": grads, "max_norm": max_norm}
    if pass_norm_type:
        out["norm_type"] = norm_type
    return out
