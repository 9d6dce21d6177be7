"""Inputs for scaled_dot_product_attention.

q [B,H,Lq,D], k [B,H,Lk,D], v [B,H,Lk,Dv]; an optional bool mask (True = attend)
of shape [Lq,Lk], [B,1,1,Lk] or [B,H,Lq,Lk]; every query row keeps at least one key.

The "large" mode builds logits of about +-2000 that are exact in float32: k[j] is
the unit vector e_j plus a 1 in the last coordinate, q puts 4*d (d a multiple of
1/8 in [-4, 4]) on the first Lk coordinates and +-8000 on the last, D = 16, so every
score is exactly d +- 2000 whatever the summation order. A softmax that does not
subtract the row maximum overflows (or underflows) to nan there.
"""

import numpy as np
import torch


def _mask(rng, kind, B, H, Lq, Lk, density):
    if kind == "none":
        return None
    if kind == "causal":  # [Lq, Lk], query i sees keys j <= i + (Lk - Lq)
        if Lk < Lq:
            raise ValueError("a causal mask needs Lk >= Lq")
        i = np.arange(Lq)[:, None]
        j = np.arange(Lk)[None, :]
        return torch.from_numpy(j <= i + (Lk - Lq))
    if kind == "random2d":  # [Lq, Lk]
        m = rng.random((Lq, Lk)) < density
        m[np.arange(Lq), rng.integers(0, Lk, Lq)] = True
        return torch.from_numpy(m)
    if kind in ("padding", "padding_expanded"):  # [B, 1, 1, Lk]: the first lengths[b] keys
        lengths = rng.integers(1, Lk + 1, B)
        lengths[0] = max(1, Lk // 3)  # at least one batch really padded
        m = torch.from_numpy(np.arange(Lk)[None, :] < lengths[:, None]).reshape(B, 1, 1, Lk)
        if kind == "padding_expanded":  # a stride-0 [B, H, Lq, Lk] view
            m = m.expand(B, H, Lq, Lk)
        return m
    if kind == "full":  # [B, H, Lq, Lk]
        m = rng.random((B, H, Lq, Lk)) < density
        b, h, i = np.meshgrid(np.arange(B), np.arange(H), np.arange(Lq), indexing="ij")
        m[b, h, i, rng.integers(0, Lk, (B, H, Lq))] = True
        return torch.from_numpy(m)
    raise ValueError(f"unknown mask kind {kind!r}")


def _large(rng, B, H, Lq, Lk, offset):
    D = 16
    if Lk > D - 1:
        raise ValueError("large mode needs Lk <= 15")
    d = rng.integers(-32, 33, (B, H, Lq, Lk)) / 8.0  # exact multiples of 1/8
    q = np.zeros((B, H, Lq, D))
    q[..., :Lk] = 4.0 * d
    q[..., D - 1] = 4.0 * offset
    k = np.zeros((B, H, Lk, D))
    k[..., np.arange(Lk), np.arange(Lk)] = 1.0
    k[..., D - 1] = 1.0
    perm = rng.permutation(D)  # the same coordinate shuffle in q and k keeps every score
    return q[..., perm], k[..., perm]


def generate(rng, B=1, H=1, Lq=4, Lk=4, D=8, Dv=None, mask="none", density=0.5, scale=1.0,
             dtype="float32", layout="contiguous", mode="random", mask_arg="auto"):
    Dv = D if Dv is None else Dv
    if mode == "large":
        q, k = _large(rng, B, H, Lq, Lk, offset=2000.0 * scale)
        D = q.shape[-1]
    else:
        q = rng.normal(0.0, scale, (B, H, Lq, D))
        k = rng.normal(0.0, 1.0, (B, H, Lk, D))
    v = rng.normal(0.0, 1.0, (B, H, Lk, Dv))
    m = _mask(rng, mask, B, H, Lq, Lk, density)
    tensors = []
    for a in (q, k, v):
        if layout == "transposed":  # a [B, H, L, D] view of a [B, L, H, D] tensor, as multi-head code makes
            t = torch.from_numpy(np.ascontiguousarray(a.transpose(0, 2, 1, 3)).astype(dtype)).transpose(1, 2)
        else:
            t = torch.from_numpy(a.astype(dtype))
        tensors.append(t)
    out = {"q": tensors[0], "k": tensors[1], "v": tensors[2]}
    if m is not None:
        out["mask"] = m
    elif mask_arg == "none":  # pass mask=None explicitly
        out["mask"] = None
    return out
