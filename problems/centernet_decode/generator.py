"""Inputs for centernet_decode: a heatmap [B, K, H, W] in (0, 1) and k.

``mode`` draws a field: ``uniform`` (i.i.d. noise: many small peaks), ``blobs`` (Gaussian
bumps, one per object, on a faint noisy background), ``border`` (the objects sit on the
edges and corners of the map), ``shared`` (every object is drawn in two classes at the same
position). The field is then replaced by its ranks, (rank + 1) / (n + 1) over the whole
tensor: the same peaks, but no two values equal (so the peaks and the top-k order are
unique). Every batch element keeps at least k peaks, so no non-peak is ever among the top k.
"""

import numpy as np
import torch
import torch.nn.functional as F


def _field(rng, B, K, H, W, mode, objects, sigma):
    f = rng.random((B, K, H, W))
    if mode == "uniform":
        return f
    f *= 0.05
    yy, xx = np.mgrid[0:H, 0:W]
    for b in range(B):
        for _ in range(objects):
            if mode == "border":
                cy = rng.choice([0, H - 1, rng.integers(0, H)])
                cx = rng.choice([0, W - 1]) if cy not in (0, H - 1) else rng.integers(0, W)
            else:
                cy, cx = rng.integers(0, H), rng.integers(0, W)
            s = sigma * rng.uniform(0.7, 1.5)
            g = rng.uniform(0.3, 1.0) * np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2) / (2 * s * s))
            classes = rng.choice(K, size=2 if (mode == "shared" and K > 1) else 1, replace=False)
            for c in classes:
                f[b, c] = np.maximum(f[b, c], g)
    return f


def _distinct(n, dtype):
    """(rank + 1) / (n + 1) stays strictly increasing once rounded to dtype."""
    v = ((np.arange(n) + 1) / (n + 1)).astype(dtype)
    return bool((np.diff(v) > 0).all())


def generate(rng, B=1, K=2, H=8, W=8, k=4, mode="blobs", objects=4, sigma=1.5, dtype="float32",
             layout="contiguous"):
    assert _distinct(B * K * H * W, dtype), "too many positions for distinct values"
    for _ in range(100):  # redrawn until every image has at least k peaks
        f = _field(rng, B, K, H, W, mode, objects, sigma)
        rank = np.empty(f.size, dtype=np.int64)
        rank[np.argsort(f, axis=None, kind="stable")] = np.arange(f.size)
        heat = ((rank + 1) / (f.size + 1)).reshape(f.shape).astype(dtype)
        t = torch.from_numpy(heat)
        peaks = (F.max_pool2d(t, 3, stride=1, padding=1) == t).reshape(B, -1).sum(1)
        if int(peaks.min()) >= k:
            break
    else:
        raise RuntimeError(f"no heatmap with {k} peaks in every image")
    if layout == "channels_last":
        t = t.contiguous(memory_format=torch.channels_last)
    return {"heatmap": t, "k": int(k)}
