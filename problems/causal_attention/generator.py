"""Inputs for causal_attention: q [B, H, Lq, D], k [B, H, Lk, D], v [B, H, Lk, Dv], Lq <= Lk.

q, k ~ N(0, 1) give scores about N(0, 1): float32 stays well conditioned. The
``huge`` case uses small integers and D = 4 (scale 1/2 exact): every score is an
exact integer of up to a few hundred, past float32 exp's overflow (about 88), so
only a softmax that subtracts the row maximum survives it.

``layout="bhld_view"`` passes q, k, v as [B, H, L, D] views of [B, L, H, D]
tensors, the layout a projection followed by ``.transpose(1, 2)`` produces.
"""

import numpy as np
import torch

DTYPES = {"float32": torch.float32, "float64": torch.float64}


def generate(rng, B=1, H=2, Lq=4, Lk=4, D=8, Dv=None, dtype="float32", layout="contiguous",
             scores="normal"):
    Dv = D if Dv is None else Dv
    assert 1 <= Lq <= Lk
    if scores == "huge":
        assert D == 4, "huge scores need D = 4 (scale 1/2 is exact)"
        q = 4.0 * rng.integers(-3, 4, size=(B, H, Lq, D))
        k = 4.0 * rng.integers(-3, 4, size=(B, H, Lk, D))
    else:
        q = rng.standard_normal((B, H, Lq, D))
        k = rng.standard_normal((B, H, Lk, D))
    v = rng.standard_normal((B, H, Lk, Dv))
    dt = DTYPES[dtype]

    def tensor(a):
        if layout == "bhld_view":
            return torch.from_numpy(np.ascontiguousarray(a.transpose(0, 2, 1, 3))).to(dt).transpose(1, 2)
        return torch.from_numpy(np.ascontiguousarray(a)).to(dt)

    return {"q": tensor(q), "k": tensor(k), "v": tensor(v)}
