"""Inputs for lora_linear: x [..., in], weight [out, in], bias [out] or None,
lora_a [r, in], lora_b [out, r], alpha.

``b_zero``: lora_b all zeros (its initial value in LoRA: the layer starts as the base).
``layout``: ``x_transposed`` makes x non-contiguous, ``weight_transposed`` passes
weight as the transposed view of an [in, out] buffer.
"""

import numpy as np
import torch


def generate(rng, shape=(2, 4), out=3, r=2, alpha=4.0, dtype="float32", bias=True, b_zero=False,
             layout="contiguous", scale=1.0):
    shape = tuple(int(s) for s in shape)
    n_in, n_out, r = shape[-1], int(out), int(r)
    dt = getattr(np, dtype)
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a, dtype=dt))  # noqa: E731
    if layout == "x_transposed" and len(shape) >= 2:
        x = t(np.swapaxes(rng.standard_normal(shape) * scale, -1, -2)).transpose(-1, -2)
    else:
        x = t(rng.standard_normal(shape) * scale)
    w = rng.standard_normal((n_out, n_in)) / np.sqrt(n_in)
    weight = t(w.T).T if layout == "weight_transposed" else t(w)
    lora_a = t(rng.standard_normal((r, n_in)) / np.sqrt(n_in))
    lora_b = t(np.zeros((n_out, r)) if b_zero else rng.standard_normal((n_out, r)) * 0.5 / np.sqrt(r))
    return {"x": x, "weight": weight, "bias": t(rng.standard_normal(n_out) * 0.1) if bias else None,
            "lora_a": lora_a, "lora_b": lora_b, "alpha": float(alpha)}
