"""Inputs for selective_scan: u, delta [B, L, D]; A [D, N]; B, C [B, L, N]; D_skip [D].

delta is positive, uniform in [delta_lo, delta_hi] (Mamba's softplus output); A is negative,
A = -uniform(a_lo, a_hi) (Mamba's -exp(A_log)), so the state decays; u, B, C, D_skip are
standard normal. ``layout="channels_first"``: u and delta are [B, L, D] views of
[B, D, L] tensors (Mamba's own layout). All tensors share ``dtype``.
"""

import numpy as np
import torch


def generate(rng, Bsz=2, L=8, D=4, N=3, dtype="float32", delta_lo=0.05, delta_hi=1.0,
             a_lo=0.1, a_hi=2.0, layout="contiguous"):
    def t(a):
        return torch.from_numpy(np.ascontiguousarray(a, dtype=dtype))

    u = rng.standard_normal((Bsz, L, D))
    delta = rng.uniform(delta_lo, delta_hi, size=(Bsz, L, D))
    A = -rng.uniform(a_lo, a_hi, size=(D, N))
    Bm = rng.standard_normal((Bsz, L, N))
    Cm = rng.standard_normal((Bsz, L, N))
    D_skip = rng.standard_normal(D)
    if layout == "channels_first":
        ut, dt = t(u.transpose(0, 2, 1)).transpose(1, 2), t(delta.transpose(0, 2, 1)).transpose(1, 2)
    else:
        ut, dt = t(u), t(delta)
    return {"u": ut, "delta": dt, "A": t(A), "B": t(Bm), "C": t(Cm), "D_skip": t(D_skip)}
