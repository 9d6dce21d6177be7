"""Inputs for dice_loss: probs [N, C, H, W] (a softmax over C of random logits), int64 targets [N, H, W].

``mode``: ``random`` (targets uniform over the classes; ``absent`` classes never occur in
sample 0, and the last sample draws from the first class only), ``match`` (probs close to
the one-hot targets), ``basic`` (a fixed example). ``sharp`` scales the logits.
"""

import numpy as np
import torch


def _softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def generate(rng, mode="random", n=2, c=3, h=4, w=5, dtype="float32", sharp=1.0, absent=0, smooth=None,
             layout="contiguous"):
    if mode == "basic":
        logits = np.array([[[[2.0, 0.0], [0.0, 1.0]], [[0.0, 2.0], [1.0, 0.0]]]])  # [1, 2, 2, 2]
        t = np.array([[[0, 1], [1, 1]]])
    else:
        logits = rng.standard_normal((n, c, h, w)) * sharp
        t = rng.integers(0, c, size=(n, h, w))
        if absent:
            t[0] = rng.integers(0, c - absent, size=(h, w))
        if mode == "skewed" and n > 1:  # one sample sees only class 0: per-sample vs global dice differ
            t[-1] = 0
        if mode == "match":
            logits = logits * 0.3 + 6.0 * np.eye(c)[t].transpose(0, 3, 1, 2)
    p = _softmax(logits).astype(dtype)
    if layout == "channels_last":  # a [N, C, H, W] view of an [N, H, W, C] array
        probs = torch.from_numpy(np.ascontiguousarray(p.transpose(0, 2, 3, 1))).permute(0, 3, 1, 2)
    else:
        probs = torch.from_numpy(p)
    out = {"probs": probs, "targets": torch.from_numpy(t.astype(np.int64))}
    if smooth is not None:
        out["smooth"] = float(smooth)
    return out
