"""Inputs for batched_nms: boxes [N, 4] (x1, y1, x2, y2), scores [N] (same float dtype),
idxs [N] int64 class ids, iou_threshold.

Random boxes have integer corners (some negative): every IoU is a ratio of integers,
computed exactly up to one rounding in float32 and float64, and the thresholds are dyadic
(0.5, 0.25, 0.375, 0.625, 0): an IoU exactly at the threshold is exact in any precision, and
every other IoU is farther from it than float32 rounding. The coordinate-offset trick in
float32 stays exact too (integers below 2^24).
"""

import numpy as np
import torch

FIXED = {
    # (boxes, scores, idxs, threshold)
    "example": ([[0, 0, 10, 10], [1, 1, 11, 11], [0, 0, 10, 10], [20, 20, 30, 30]],
                [0.9, 0.8, 0.7, 0.6], [0, 0, 1, 0], 0.5),
    # identical boxes, three classes: nothing suppresses across classes
    "cross_class": ([[0, 0, 4, 4]] * 6, [0.3, 0.9, 0.5, 0.8, 0.4, 0.7], [2, 0, 1, 0, 2, 1], 0.5),
    # classes interleave in score order: the output is by score, not grouped by class
    "interleaved": ([[0, 0, 4, 4], [10, 0, 14, 4], [0, 10, 4, 14], [1, 0, 5, 4], [20, 0, 24, 4],
                     [10, 1, 14, 5]],
                    [0.2, 0.9, 0.6, 0.95, 0.4, 0.5], [1, 0, 2, 1, 0, 0], 0.5),
    # same class, areas 1 and 2, intersection 1: IoU exactly 0.5 is kept
    "at_threshold": ([[0, 0, 3, 1], [1, 0, 4, 1], [0, 0, 1, 1], [0, 0, 1, 2], [10, 10, 12, 12]],
                     [0.9, 0.8, 0.7, 0.6, 0.95], [3, 3, 1, 1, 3], 0.5),
    # negative coordinates: shifting class c by c * max_coordinate (2) is too little, the
    # boxes of classes 0 and 1 still overlap (IoU 4/28 > 0.125); (max + 1) or more is enough
    "negative_small": ([[-2, -2, 2, 2], [-2, -2, 2, 2], [-2, 0, 1, 2], [-1, -2, 2, 1]],
                       [0.9, 0.8, 0.7, 0.6], [0, 1, 0, 1], 0.125),
    "empty": (np.zeros((0, 4)), np.zeros(0), np.zeros(0, dtype=np.int64), 0.5),
    "single": ([[1.5, 2.5, 4.0, 8.0]], [0.3], [4], 0.5),
    # one class per box, far apart class ids
    "sparse_ids": ([[0, 0, 5, 5], [1, 1, 6, 6], [0, 0, 5, 5], [2, 2, 7, 7]],
                   [0.5, 0.6, 0.7, 0.8], [1000, 3, 77, 3], 0.25),
    "ties": ([[0, 0, 4, 4], [0, 0, 4, 4], [0, 0, 4, 4], [0, 0, 4, 4], [8, 0, 12, 4], [8, 0, 12, 4]],
             [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0, 1, 1], 0.5),
}


def _random(rng, n, classes, scale, shift, clustered, per):
    """Integer boxes; clustered: groups of about ``per`` heavily overlapping boxes, most of a
    group in one class (one in twenty in another): per-class NMS keeps a few per group."""
    groups = max(1, n // per)
    field = scale * max(1.0, np.sqrt(groups / 4)) * 2
    if clustered:
        centers = rng.uniform(0, field, size=(groups, 2))
        g = rng.integers(0, groups, n)
        c = centers[g] + rng.normal(0, 0.06 * scale, size=(n, 2))
        wh = rng.uniform(0.3 * scale, 0.6 * scale, size=(groups, 2))[g] * rng.uniform(0.85, 1.15, size=(n, 2))
        idxs = np.where(rng.random(n) < 0.95, rng.integers(0, classes, groups)[g], rng.integers(0, classes, n))
    else:
        c = rng.uniform(0, field, size=(n, 2))
        wh = rng.uniform(0.1 * scale, 0.5 * scale, size=(n, 2))
        idxs = rng.integers(0, classes, n)
    xy1 = np.round(c - wh / 2) + shift
    wh = np.maximum(np.round(wh), 1)
    return np.concatenate([xy1, xy1 + wh], axis=1), idxs.astype(np.int64)


def generate(rng, mode="random", n=50, classes=3, iou=0.5, scale=40.0, shift=0.0, clustered=True, per=10,
             dtype="float32", layout="contiguous"):
    if mode in FIXED:
        b, s, c, thr = FIXED[mode]
        boxes = np.asarray(b, dtype=np.float64).reshape(-1, 4)
        scores = np.asarray(s, dtype=np.float64)
        idxs = np.asarray(c, dtype=np.int64)
    elif mode == "dense_ties":
        # clusters of near-identical boxes of one class, scores from three values: which tied
        # box a cluster keeps is the lowest index only with a stable sort
        per = 8
        k = max(n // per, 1)
        x = (np.arange(k * per) // per) * 3.0 * scale
        jitter = np.round(rng.uniform(0, 0.05 * scale, size=(k * per, 4)))
        boxes = np.stack([x, np.zeros_like(x), x + scale, np.full_like(x, scale)], axis=1) + jitter
        scores = rng.choice([0.25, 0.5, 0.75], size=k * per)
        idxs = np.repeat(rng.integers(0, classes, k), per)
        thr = iou
    else:
        boxes, idxs = _random(rng, n, classes, scale, shift, clustered, per)
        scores = rng.permutation(n) / max(n, 1) + rng.uniform(0, 0.5 / max(n, 1), n)
        thr = iou
    b = torch.from_numpy(boxes.astype(dtype))
    if layout == "transposed":  # a [N, 4] view of a [4, N] tensor
        b = torch.from_numpy(np.ascontiguousarray(boxes.T).astype(dtype)).T
    return {"boxes": b, "scores": torch.from_numpy(scores.astype(dtype)),
            "idxs": torch.from_numpy(idxs), "iou_threshold": float(thr)}
