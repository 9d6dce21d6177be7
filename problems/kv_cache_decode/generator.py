"""Inputs for kv_cache_decode: x_t [B, 1, E], four [E, E] weights (nn.Linear layout), caches
[B, H, T, d] with E = H * d, and num_heads.

Values are uniform with zero mean (variance scale**2; weights variance 1/E: never
symmetric, so x @ w and x @ w.T differ); uniform draws keep the large timing cases cheap.
layout="preallocated": the caches are the first T slots of a [B, H, T + extra, d] buffer
(a static KV cache), i.e. non-contiguous views.
"""

import numpy as np
import torch


def _normal(rng, shape, dtype, scale=1.0):
    """Zero mean, standard deviation ``scale`` (uniform on [-sqrt(3), sqrt(3)] * scale)."""
    u = rng.random(shape, dtype=np.float64 if dtype == "float64" else np.float32)
    u -= 0.5
    u *= 2.0 * np.sqrt(3.0) * scale
    return u


def generate(rng, B=1, H=2, d=4, T=3, dtype="float32", layout="contiguous", scale=1.0):
    E = H * d
    x_t = torch.from_numpy(_normal(rng, (B, 1, E), dtype, scale))
    w = [torch.from_numpy(_normal(rng, (E, E), dtype, 1.0 / np.sqrt(E))) for _ in range(4)]
    if layout == "preallocated":
        extra = 5
        k_buf = torch.from_numpy(_normal(rng, (B, H, T + extra, d), dtype))
        v_buf = torch.from_numpy(_normal(rng, (B, H, T + extra, d), dtype))
        k_cache, v_cache = k_buf[:, :, :T], v_buf[:, :, :T]
    else:
        k_cache = torch.from_numpy(_normal(rng, (B, H, T, d), dtype))
        v_cache = torch.from_numpy(_normal(rng, (B, H, T, d), dtype))
    return {"x_t": x_t, "w_q": w[0], "w_k": w[1], "w_v": w[2], "w_o": w[3],
            "k_cache": k_cache, "v_cache": v_cache, "num_heads": H}
