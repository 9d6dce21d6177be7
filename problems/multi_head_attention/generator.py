"""Inputs for multi_head_attention: x [B, L, E], four nn.Linear-style weights [E, E], a bool mask.

Values are drawn so that projections and scores are about N(0, 1): float32 stays
well conditioned and a tight tolerance holds. The ``huge`` case instead builds
integer inputs and identity-like query/key weights: every score is an exact
float32 integer of a few hundred, far past exp's overflow (about 88), so only a
softmax that subtracts the row maximum survives it, and rounding plays no part.
"""

import numpy as np
import torch

DTYPES = {"float32": torch.float32, "float64": torch.float64}


def _mask(rng, kind, B, L):
    """A bool mask, True = attend; every query row keeps at least one True."""
    if kind == "none":
        return None
    if kind == "causal":  # [L, L]
        return np.tril(np.ones((L, L), dtype=bool))
    if kind == "random2d":  # [L, L]
        m = rng.random((L, L)) < 0.6
        m[np.arange(L), rng.integers(0, L, L)] = True
        return m
    if kind == "padding":  # [B, L, L]: batch b sees keys 0..len_b-1 (distinct lengths where possible)
        if B <= L:
            lens = 1 + rng.choice(L, size=B, replace=False)
        else:
            lens = rng.integers(1, L + 1, B)
        if lens.min() == L:  # someone is really padded
            lens[0] = max(1, L // 2)
        keys = np.arange(L)[None, None, :] < lens[:, None, None]
        return np.broadcast_to(keys, (B, L, L)).copy()
    if kind == "random3d":  # [B, L, L]
        m = rng.random((B, L, L)) < 0.5
        for b in range(B):
            m[b, np.arange(L), rng.integers(0, L, L)] = True
        return m
    if kind == "one_key":  # [B, L, L]: each query may attend exactly one key
        m = np.zeros((B, L, L), dtype=bool)
        for b in range(B):
            m[b, np.arange(L), rng.permutation(L)] = True
        return m
    raise ValueError(kind)


def generate(rng, B=2, L=8, E=16, num_heads=4, mask="none", dtype="float32", layout="contiguous",
             scores="normal"):
    if scores == "huge":  # exact integer scores of a few hundred (see the module docstring)
        d = E // num_heads
        assert d == 4, "huge scores need head_dim 4 (scale 1/2 is exact)"
        x = rng.integers(-3, 4, size=(B, L, E)).astype(np.float64)
        w_q = 4.0 * np.eye(E)
        w_k = 4.0 * np.eye(E)[rng.permutation(E)]  # a permuted identity: still exact
        w_v = rng.standard_normal((E, E)) / np.sqrt(E)
        w_o = rng.standard_normal((E, E)) / np.sqrt(E)
    else:
        x = rng.standard_normal((B, L, E))
        w_q, w_k, w_v, w_o = (rng.standard_normal((E, E)) / np.sqrt(E) for _ in range(4))
    m = _mask(rng, mask, B, L)
    dt = DTYPES[dtype]

    def tensor(a, transposed=False):
        t = torch.from_numpy(np.ascontiguousarray(a)).to(dt)
        # the same values stored in another order: a non-contiguous view
        return t.T.contiguous().T if transposed else t

    if layout in ("x_transposed", "both"):  # a [B, L, E] view of a [L, B, E] tensor
        x_t = torch.from_numpy(np.ascontiguousarray(x.transpose(1, 0, 2))).to(dt).transpose(0, 1)
    else:
        x_t = tensor(x)
    wt = layout in ("weights_transposed", "both")
    out = {"x": x_t, "w_q": tensor(w_q, wt), "w_k": tensor(w_k, wt), "w_v": tensor(w_v, wt),
           "w_o": tensor(w_o, wt), "num_heads": int(num_heads)}
    if m is not None:
        out["mask"] = torch.from_numpy(m)
    return out
