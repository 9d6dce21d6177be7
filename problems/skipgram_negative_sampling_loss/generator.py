"""Inputs for sgns_loss: center [B, D], context [B, D], negatives [B, K, D], one float dtype.

``mode``: ``basic`` (a fixed small example), ``random`` (entries N(0, scale^2 / sqrt(D)), so
scores are about N(0, scale^2)), ``extreme`` (vectors built so that some positive scores are
-110..-200 and some negative scores +110..+200: log(sigmoid(.)) underflows to -inf in float32).
``layout: transposed`` gives negatives as a non-contiguous view of a [K, B, D] tensor.
"""

import numpy as np
import torch


def _with_score(rng, v, s):
    """Vectors u (one per row of v) with u . v = s: a random vector, its v-part replaced."""
    r = rng.standard_normal(v.shape)
    vv = (v * v).sum(-1, keepdims=True)
    return r - (r * v).sum(-1, keepdims=True) / vv * v + s[..., None] / vv * v


def generate(rng, mode="random", b=4, k=3, d=8, dtype="float32", scale=2.0, layout="contiguous"):
    if mode == "basic":
        c = np.array([[0.5, -1.0, 0.25, 2.0], [1.0, 0.0, -0.5, 0.5]])
        o = np.array([[1.0, -0.5, 0.0, 0.5], [-1.0, 2.0, 0.5, 0.0]])
        n = np.array([[[0.5, 0.5, 0.5, 0.5], [-1.0, 0.0, 1.0, 0.0], [0.0, 1.5, 0.0, -0.5]],
                      [[2.0, 0.0, 0.0, 1.0], [0.0, -1.0, 1.0, 0.0], [-0.5, 0.5, -0.5, 0.5]]])
    elif mode == "random":
        sigma = scale / d ** 0.25
        c = rng.standard_normal((b, d)) * sigma
        o = rng.standard_normal((b, d)) * sigma
        n = rng.standard_normal((b, k, d)) * sigma
    elif mode == "extreme":
        c = rng.standard_normal((b, d))
        sp = np.where(rng.random(b) < 0.5, -rng.uniform(110, 200, b), rng.standard_normal(b) * 3)
        sn = np.where(rng.random((b, k)) < 0.5, rng.uniform(110, 200, (b, k)), rng.standard_normal((b, k)) * 3)
        sp[0], sn[0, 0] = -150.0, 150.0
        o = _with_score(rng, c, sp)
        n = _with_score(rng, np.broadcast_to(c[:, None, :], (b, k, d)), sn)
    else:
        raise ValueError(mode)
    ct = torch.from_numpy(np.ascontiguousarray(c).astype(dtype))
    ot = torch.from_numpy(np.ascontiguousarray(o).astype(dtype))
    if layout == "transposed":
        nt = torch.from_numpy(np.ascontiguousarray(n.transpose(1, 0, 2)).astype(dtype)).transpose(0, 1)
    else:
        nt = torch.from_numpy(np.ascontiguousarray(n).astype(dtype))
    return {"center": ct, "context": ot, "negatives": nt}
