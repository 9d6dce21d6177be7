"""Inputs for nms: boxes as x1, y1, x2, y2 with positive area, distinct scores unless tied on purpose.

Random cases move the threshold away from every pairwise IoU by at least 1e-4, so
float32 and float64 arithmetic agree on every decision; the edge cases that sit
exactly on the threshold use small integer coordinates, exact in any precision.
"""

import numpy as np


def _safe_threshold(boxes, target, margin=2e-5):
    """A threshold near ``target`` with no pairwise IoU within ``margin`` of it."""
    if target in (0.0, 1.0) or len(boxes) < 2:
        return target
    near = []
    for start in range(0, len(boxes), 512):  # row blocks keep memory small
        iou = _iou_matrix_rows(boxes, start, min(start + 512, len(boxes)))
        near.append(iou[np.abs(iou - target) < 0.02])
    values = np.unique(np.concatenate([np.array([target - 0.02, target + 0.02]), *near]))
    gaps = np.diff(values)
    mids = (values[:-1] + values[1:]) / 2
    ok = gaps > 2 * margin
    if not ok.any():
        raise RuntimeError("no threshold away from every IoU")
    return float(mids[ok][np.argmin(np.abs(mids[ok] - target))])


def _iou_matrix_rows(b, lo, hi):
    b = b.astype(np.float64)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    r = b[lo:hi]
    w = np.clip(np.minimum(r[:, None, 2], b[None, :, 2]) - np.maximum(r[:, None, 0], b[None, :, 0]), 0, None)
    h = np.clip(np.minimum(r[:, None, 3], b[None, :, 3]) - np.maximum(r[:, None, 1], b[None, :, 1]), 0, None)
    inter = w * h
    iou = inter / (area[lo:hi, None] + area[None, :] - inter)
    iou[np.arange(hi - lo), np.arange(lo, hi)] = 0.0  # a box with itself
    return iou


def _random_boxes(rng, n, scale=100.0, clustered=False):
    """Boxes about ``scale`` wide on a field that grows with sqrt(n): constant crowding."""
    field = scale * max(1.0, np.sqrt(n / 50))
    if clustered:
        centers = rng.uniform(0.2 * field, 0.8 * field, size=(max(1, n // 8), 2))
        c = centers[rng.integers(0, len(centers), n)] + rng.normal(0, 0.03 * scale, size=(n, 2))
        wh = rng.uniform(0.1 * scale, 0.3 * scale, size=(n, 2))
    else:
        c = rng.uniform(0, field, size=(n, 2))
        wh = rng.uniform(0.02 * scale, 0.25 * scale, size=(n, 2))
    return np.concatenate([c - wh / 2, c + wh / 2], axis=1)


def generate(rng, mode="random", n=50, iou=0.5, scale=100.0, dtype="float32", layout="contiguous"):
    fixed = {
        # (boxes, scores, threshold)
        "example": ([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30]], [0.9, 0.8, 0.7], 0.5),
        "at_threshold": ([[0, 0, 3, 1], [1, 0, 4, 1], [10, 10, 12, 12]], [0.9, 0.8, 0.95], 0.5),
        "empty": (np.zeros((0, 4)), np.zeros(0), 0.5),
        "single": ([[1.5, 2.5, 4.0, 8.0]], [0.3], 0.5),
        "identical": ([[0, 0, 5, 5]] * 4, [0.1, 0.7, 0.3, 0.5], 0.5),
        "identical_ties": ([[0, 0, 5, 5]] * 4, [0.5, 0.5, 0.5, 0.5], 0.5),
        "ties": ([[0, 0, 1, 1], [2, 2, 3, 3], [4, 4, 5, 5], [6, 6, 7, 7], [8, 8, 9, 9]],
                 [0.5, 0.9, 0.5, 0.9, 0.5], 0.5),
        # areas 1 and 2, intersection 1: IoU 0.5 (kept at 0.55); with +1 areas it is 4/6 (suppressed)
        "plus_one": ([[0, 0, 1, 1], [0, 0, 1, 2], [5, 5, 7, 7], [5, 5, 7, 8]], [0.9, 0.8, 0.7, 0.6], 0.55),
        # A overlaps B, B overlaps C, A and C apart: greedy keeps A and C, Fast-NMS only A
        "chain": ([[0, 0, 4, 4], [2, 0, 6, 4], [4.5, 0, 8.5, 4]], [0.9, 0.8, 0.7], 0.2),
        # boxes that share an edge: zero intersection, kept even at threshold 0
        "touching": ([[0, 0, 2, 2], [2, 0, 4, 2], [0, 2, 2, 4], [1, 1, 3, 3]], [0.9, 0.8, 0.7, 0.6], 0.0),
    }
    if mode == "fixed_clusters":
        # n boxes around 16 centres on a fixed field: greedy NMS keeps about as many boxes at
        # every n, so its work grows as n; an n x n IoU matrix grows as n^2
        centers = rng.uniform(0, 10 * scale, size=(16, 2))
        c = centers[rng.integers(0, 16, n)] + rng.normal(0, 0.5 * scale, size=(n, 2))
        wh = rng.uniform(0.5 * scale, 1.5 * scale, size=(n, 2))
        # integer corners: every IoU is a ratio of small integers, on the same side of the
        # threshold in float32 and float64 (no threshold to move away from the IoUs)
        boxes = np.round(np.concatenate([c - wh / 2, c + wh / 2], axis=1)).astype(np.float32)
        scores = rng.permutation(n).astype(np.float32) / n
        return {"boxes": boxes, "scores": scores, "iou_threshold": 0.5}
    if mode == "dense_ties":
        # clusters of near-identical boxes (IoU above 0.9 inside, 0 across) whose scores take
        # three values: which tied box a cluster keeps is the lowest index only under a stable
        # sort, and at this size numpy's and torch's default sorts do not keep ties in order
        per = 10
        k = max(n // per, 1)
        x = (np.arange(k * per) // per) * 3.0 * scale
        jitter = rng.uniform(0, 0.02 * scale, size=(k * per, 4))
        boxes = np.stack([x, np.zeros_like(x), x + scale, np.full_like(x, scale)], axis=1) + jitter
        scores = rng.choice([0.25, 0.5, 0.75], size=k * per)
        boxes = boxes.astype(dtype)
        scores = scores.astype(dtype)
        return {"boxes": boxes, "scores": scores, "iou_threshold": 0.5}
    if mode in fixed:
        b, s, thr = fixed[mode]
        boxes = np.asarray(b, dtype=np.float64).reshape(-1, 4)
        scores = np.asarray(s, dtype=np.float64)
    else:
        boxes = _random_boxes(rng, n, scale, clustered=(mode == "clustered"))
        scores = rng.permutation(n) / max(n, 1) + rng.uniform(0, 0.5 / max(n, 1), n)
        boxes = boxes.astype(dtype).astype(np.float64)
        thr = _safe_threshold(boxes, float(iou))
    boxes = boxes.astype(dtype)
    scores = scores.astype(dtype)
    if layout == "transposed":  # a [N, 4] view of a [4, N] array
        boxes = np.ascontiguousarray(boxes.T).T
    return {"boxes": boxes, "scores": scores, "iou_threshold": float(thr)}
