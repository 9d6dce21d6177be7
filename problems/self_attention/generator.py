"""Inputs for self_attention: x [B, L, E], nn.Linear-style projections, optional biases.

Values are drawn so that projections and scores are about N(0, 1): float32 stays
well conditioned and a tight tolerance holds. The ``huge`` case instead builds
integer inputs and scaled selection matrices for w_q and w_k (d_k = 4, so the
scale 1/2 is exact): every score is an exact integer of up to a few hundred, far
past float32 exp's overflow (about 88); only a softmax that subtracts the row
maximum survives it, and rounding plays no part.
"""

import numpy as np
import torch

DTYPES = {"float32": torch.float32, "float64": torch.float64}


def generate(rng, B=2, L=8, E=16, d_k=8, d_v=8, biases="qkv", dtype="float32", layout="contiguous",
             scores="normal"):
    if scores == "huge":
        assert d_k == 4, "huge scores need d_k = 4 (scale 1/2 is exact)"
        x = rng.integers(-3, 4, size=(B, L, E)).astype(np.float64)
        w_q = 4.0 * np.eye(E)[rng.choice(E, d_k, replace=False)]
        w_k = 4.0 * np.eye(E)[rng.choice(E, d_k, replace=False)]
        b_q = rng.integers(-2, 3, d_k).astype(np.float64)
        b_k = rng.integers(-2, 3, d_k).astype(np.float64)
    else:
        x = rng.standard_normal((B, L, E))
        w_q = rng.standard_normal((d_k, E)) / np.sqrt(E)
        w_k = rng.standard_normal((d_k, E)) / np.sqrt(E)
        b_q = rng.standard_normal(d_k) * 0.5
        b_k = rng.standard_normal(d_k) * 0.5
    w_v = rng.standard_normal((d_v, E)) / np.sqrt(E)
    b_v = rng.standard_normal(d_v) * 0.5
    dt = DTYPES[dtype]

    def tensor(a, transposed=False):
        t = torch.from_numpy(np.ascontiguousarray(a)).to(dt)
        return t.T.contiguous().T if transposed else t  # same values, non-contiguous

    if layout in ("x_transposed", "both"):  # a [B, L, E] view of a [L, B, E] tensor
        x_t = torch.from_numpy(np.ascontiguousarray(x.transpose(1, 0, 2))).to(dt).transpose(0, 1)
    else:
        x_t = tensor(x)
    wt = layout in ("weights_transposed", "both")
    out = {"x": x_t, "w_q": tensor(w_q, wt), "w_k": tensor(w_k, wt), "w_v": tensor(w_v, wt)}
    for name, b in (("q", b_q), ("k", b_k), ("v", b_v)):
        if name in biases:
            out[f"b_{name}"] = tensor(b)
    return out
