"""Inputs for soft_nms: boxes [N, 4] as x1, y1, x2, y2 (positive area), scores [N] in the same
dtype, method, iou_threshold, sigma, score_threshold (> 0, at most every input score).

Decisions that a float32 implementation could take the other way are kept away from:

- linear: the IoU threshold is moved (by at most ~0.01) so that no pairwise IoU lies
  within 2e-5 of it (``weight = 1 - iou`` only where ``iou > iou_threshold``);
- the score threshold: Soft-NMS keeps exactly the boxes whose score when picked is at least
  ``score_threshold`` (a dropped box never decays another, and the picked scores never grow),
  so the generator runs the whole algorithm without a threshold and moves the threshold so
  that no picked score lies within a relative 1e-4 of it.

Near-ties between decayed scores (which box a round picks) are left to the checker, which
follows the submission's own order and accepts any pick within the tolerance of the best.
"""

import numpy as np

FIXED = {
    # (boxes, scores, kwargs)
    "example": ([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [0, 0, 10, 9]],
                [0.9, 0.8, 0.7, 0.6], {"method": "linear", "iou_threshold": 0.3}),
    "example_gaussian": ([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [0, 0, 10, 9]],
                         [0.9, 0.8, 0.7, 0.6], {"method": "gaussian", "sigma": 0.5}),
    # B overlaps A a lot (IoU 0.68): hard NMS removes it, Soft-NMS keeps it with a low score
    # after C, D, E (which were below it at the start): the order of the rounds follows the
    # decayed scores, not the input scores
    "reorder": ([[0, 0, 10, 10], [1, 0, 11, 10], [30, 0, 40, 10], [50, 0, 60, 10], [0, 30, 10, 40]],
                [0.95, 0.9, 0.5, 0.4, 0.3], {"method": "linear", "iou_threshold": 0.3}),
    # A then B (IoU 0.5 with A): B, kept second, overlaps A, which must keep its own score
    "kept_not_decayed": ([[0, 0, 6, 6], [2, 0, 8, 6], [3, 20, 9, 26], [20, 0, 26, 6]],
                         [0.9, 0.85, 0.3, 0.2], {"method": "gaussian", "sigma": 0.5}),
    # sigma 0.2: exp(-iou^2 / sigma) and exp(-iou^2 / (2 sigma^2)) differ
    "sigma_small": ([[0, 0, 10, 10], [2, 1, 12, 11], [5, 5, 15, 15], [30, 30, 40, 40], [31, 30, 41, 40]],
                    [0.9, 0.8, 0.75, 0.7, 0.65], {"method": "gaussian", "sigma": 0.2}),
    "sigma_large": ([[0, 0, 10, 10], [2, 1, 12, 11], [5, 5, 15, 15], [30, 30, 40, 40], [31, 30, 41, 40]],
                    [0.9, 0.8, 0.75, 0.7, 0.65], {"method": "gaussian", "sigma": 1.5}),
    # linear, IoU at most the threshold: no decay at all (IoU exactly 1/3 = 0.3333 > 0.3 decays)
    "linear_threshold": ([[0, 0, 4, 4], [2, 0, 6, 4], [0, 10, 4, 14], [3, 10, 7, 14]],
                         [0.9, 0.8, 0.7, 0.6], {"method": "linear", "iou_threshold": 0.35}),
    # identical boxes with tied scores: the lowest index is kept first, the others decay
    "identical_ties": ([[0, 0, 5, 5]] * 4, [0.5, 0.5, 0.5, 0.5], {"method": "gaussian", "sigma": 0.5}),
    "ties_disjoint": ([[0, 0, 1, 1], [2, 2, 3, 3], [4, 4, 5, 5], [6, 6, 7, 7], [8, 8, 9, 9]],
                      [0.5, 0.9, 0.5, 0.9, 0.5], {"method": "linear", "iou_threshold": 0.3}),
    # identical boxes, linear: weight 1 - 1 = 0, the copy falls below the score threshold
    "identical_linear": ([[0, 0, 5, 5], [0, 0, 5, 5], [1, 0, 6, 5]], [0.6, 0.8, 0.7],
                         {"method": "linear", "iou_threshold": 0.5}),
    "empty": (np.zeros((0, 4)), np.zeros(0), {"method": "linear"}),
    "single": ([[1.5, 2.5, 4.0, 8.0]], [0.3], {"method": "gaussian"}),
    # the score threshold drops decayed boxes: C decays below 0.2
    "score_threshold": ([[0, 0, 10, 10], [1, 0, 11, 10], [0, 1, 10, 11], [40, 40, 50, 50]],
                        [0.9, 0.5, 0.45, 0.25], {"method": "linear", "iou_threshold": 0.3,
                                                  "score_threshold": 0.2}),
}


def _iou_rows(b, lo, hi):
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    r = b[lo:hi]
    w = np.clip(np.minimum(r[:, None, 2], b[None, :, 2]) - np.maximum(r[:, None, 0], b[None, :, 0]), 0, None)
    h = np.clip(np.minimum(r[:, None, 3], b[None, :, 3]) - np.maximum(r[:, None, 1], b[None, :, 1]), 0, None)
    inter = w * h
    iou = inter / (area[lo:hi, None] + area[None, :] - inter)
    iou[np.arange(hi - lo), np.arange(lo, hi)] = -1.0  # a box with itself
    return iou


def _safe_iou_threshold(b, target, margin=2e-5):
    near = []
    for lo in range(0, len(b), 256):
        iou = _iou_rows(b, lo, min(lo + 256, len(b)))
        near.append(iou[np.abs(iou - target) < 0.02])
    values = np.unique(np.concatenate([np.array([target - 0.02, target + 0.02]), *near]))
    mids = (values[:-1] + values[1:]) / 2
    ok = np.diff(values) > 2 * margin
    return float(mids[ok][np.argmin(np.abs(mids[ok] - target))])


def _picked_scores(b, s, method, iou_threshold, sigma):
    """The scores at which every box is picked when nothing is dropped (float64)."""
    s = s.copy()
    x1, y1, x2, y2 = (b[:, k].copy() for k in range(4))
    area = (x2 - x1) * (y2 - y1)
    out = []
    for _ in range(len(s)):
        j = int(np.argmax(s))
        if s[j] <= 0.0:
            break
        out.append(s[j])
        s[j] = -1.0
        w = np.clip(np.minimum(x2[j], x2) - np.maximum(x1[j], x1), 0, None)
        h = np.clip(np.minimum(y2[j], y2) - np.maximum(y1[j], y1), 0, None)
        inter = w * h
        iou = inter / (area[j] + area - inter)
        if method == "gaussian":
            s *= np.exp(-(iou * iou) / sigma)
        else:
            s *= np.where(iou > iou_threshold, 1.0 - iou, 1.0)
        s[s < 1e-300] = -1.0
    return np.array(out)


def _safe_score_threshold(picked, target, margin=1e-4):
    """A threshold near ``target`` (not above it) with no picked score within ``margin`` (relative)."""
    t = target
    for _ in range(200):
        if not np.any(np.abs(picked - t) <= margin * t):
            return float(t)
        t *= 0.999
    raise RuntimeError("no score threshold away from the picked scores")


def _random_boxes(rng, n, scale, clustered):
    field = scale * max(1.0, np.sqrt(n / 40))
    if clustered:
        centers = rng.uniform(0.1 * field, 0.9 * field, size=(max(1, n // 6), 2))
        c = centers[rng.integers(0, len(centers), n)] + rng.normal(0, 0.08 * scale, size=(n, 2))
        wh = rng.uniform(0.15 * scale, 0.35 * scale, size=(n, 2))
    else:
        c = rng.uniform(0, field, size=(n, 2))
        wh = rng.uniform(0.05 * scale, 0.3 * scale, size=(n, 2))
    return np.concatenate([c - wh / 2, c + wh / 2], axis=1)


def generate(rng, mode="random", n=50, method="linear", iou_threshold=0.3, sigma=0.5,
             score_threshold=0.001, scale=100.0, clustered=True, dtype="float32", layout="contiguous"):
    if mode in FIXED:
        b, s, kw = FIXED[mode]
        boxes = np.asarray(b, dtype=np.float64).reshape(-1, 4).astype(dtype)
        scores = np.asarray(s, dtype=np.float64).astype(dtype)
        out = {"boxes": boxes, "scores": scores}
        out.update(kw)
        return out
    b = _random_boxes(rng, n, scale, clustered).astype(dtype)
    bf = b.astype(np.float64)
    lo = max(0.05, 1.5 * score_threshold)
    s = rng.uniform(lo, 1.0, n).astype(dtype)
    if method == "linear":
        iou_threshold = _safe_iou_threshold(bf, float(iou_threshold))
    picked = _picked_scores(bf, s.astype(np.float64), method, iou_threshold, sigma)
    score_threshold = _safe_score_threshold(picked, float(score_threshold))
    if layout == "transposed":  # a [N, 4] view of a [4, N] array
        b = np.ascontiguousarray(b.T).T
    out = {"boxes": b, "scores": s, "method": method}
    if method == "linear":
        out["iou_threshold"] = iou_threshold
    else:
        out["sigma"] = float(sigma)
    out["score_threshold"] = score_threshold
    return out
