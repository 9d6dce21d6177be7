"""Pairs of boxes x1, y1, x2, y2 (x2 >= x1, y2 >= y1) for giou_loss: boxes1[i] against boxes2[i].

Random pairs overlap about half the time (the rest lie apart, where GIoU goes negative and
the loss above 1); fixed modes hold boxes apart on both axes (a missing clamp multiplies two
negative extents), nested boxes (the enclosing box is the larger one) and zero-area boxes
(where only eps keeps the ratios finite).
"""

import numpy as np
import torch


def generate(rng, mode="random", n=8, scale=100.0, dtype="float32", reduction=None, eps=None):
    if mode == "example":
        b1 = [[0, 0, 2, 2], [0, 0, 1, 1], [1, 1, 3, 4]]
        b2 = [[1, 0, 3, 2], [2, 2, 3, 3], [1, 1, 3, 4]]
    elif mode == "diagonal_apart":
        b1 = [[0, 0, 2, 2], [10, 10, 12, 13], [0, 0, 4, 4]]
        b2 = [[5, 5, 8, 9], [1, 1, 3, 3], [-6, 6, -1, 9]]
    elif mode == "nested":
        b1 = [[0, 0, 10, 10], [2, 2, 4, 4], [-5, -5, 25, 25]]
        b2 = [[2, 2, 4, 4], [0, 0, 10, 10], [10, 0, 20, 10]]
    elif mode == "degenerate":  # a point on a point, a line on a line, a point inside a box
        b1 = [[1, 1, 1, 1], [0, 2, 4, 2], [2, 2, 2, 2], [0, 0, 4, 4]]
        b2 = [[1, 1, 1, 1], [0, 2, 4, 2], [0, 0, 4, 4], [6, 0, 6, 4]]
    elif mode == "random":
        c = rng.uniform(0, scale, size=(n, 2))
        wh = rng.uniform(0.05, 0.4, size=(n, 2)) * scale
        shift = rng.normal(0, 0.35, size=(n, 2)) * scale
        wh2 = wh * rng.uniform(0.5, 1.5, size=(n, 2))
        b1 = np.concatenate([c - wh / 2, c + wh / 2], axis=1)
        b2 = np.concatenate([c + shift - wh2 / 2, c + shift + wh2 / 2], axis=1)
    else:
        raise ValueError(mode)
    out = {"boxes1": torch.from_numpy(np.asarray(b1, dtype=np.float64).reshape(-1, 4).astype(dtype)),
           "boxes2": torch.from_numpy(np.asarray(b2, dtype=np.float64).reshape(-1, 4).astype(dtype))}
    if reduction is not None:
        out["reduction"] = reduction
    if eps is not None:
        out["eps"] = float(eps)
    return out
