"""Inputs for flash_attention: q [B,H,Lq,D], k [B,H,Lk,D], v [B,H,Lk,Dv], a block size, a causal flag.

``layout="bhld_view"`` hands q, k and v over as [B,H,L,D] views of [B,L,H,D]
storage (what a fused QKV projection followed by ``.transpose(1, 2)`` gives).
``spread`` scales q and k so that the logits reach about ``spread**2 * sqrt(D)``:
the large-logit case overflows ``exp`` without the running-max subtraction.
"""

import torch


def _tensor(rng, shape, dtype, layout, scale=1.0):
    B, H, L, D = shape
    if layout == "bhld_view":
        a = rng.standard_normal((B, L, H, D)) * scale
        return torch.from_numpy(a.astype(dtype)).transpose(1, 2)
    a = rng.standard_normal(shape) * scale
    return torch.from_numpy(a.astype(dtype))


def generate(rng, B=1, H=1, Lq=8, Lk=None, D=16, Dv=None, block_size=4, causal=False,
             dtype="float32", layout="contiguous", spread=1.0):
    Lk = Lq if Lk is None else Lk
    Dv = D if Dv is None else Dv
    q = _tensor(rng, (B, H, Lq, D), dtype, layout, spread)
    k = _tensor(rng, (B, H, Lk, D), dtype, layout, spread)
    v = _tensor(rng, (B, H, Lk, Dv), dtype, layout)
    return {"q": q, "k": k, "v": v, "block_size": int(block_size), "causal": bool(causal)}
