"""Inputs for mean_average_precision: per image, detections (boxes [D_i, 4], scores [D_i],
labels [D_i] int64) and ground truth (boxes [G_i, 4], labels [G_i] int64), num_classes and
iou_threshold. Boxes are x1, y1, x2, y2 in the given float dtype; scores in the same dtype.

Random images hold objects of several classes, some of them on top of each other with
different classes (a rider on a horse: matching across classes shows); each object is
detected zero, one or two times (the second one a duplicate), some detections carry a wrong
label, and there are false positives. Every detection whose IoU with a ground-truth box of
its image lies within 1e-4 of the threshold is jittered again, and so is one whose two best
same-class IoUs are within 1e-4 of each other (float32 arithmetic decides like float64).
Scores are distinct (a permutation with small jitter) except in the hand-made tie cases.
"""

import numpy as np

# hand-made cases: list of images, each (det boxes, det scores, det labels, gt boxes, gt labels)
FIXED = {
    # two images, two classes
    "example": (3, 0.5, [
        ([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [50, 50, 60, 60]], [0.9, 0.8, 0.7, 0.3], [0, 0, 1, 0],
         [[0, 0, 10, 10], [20, 21, 30, 31], [40, 40, 50, 50]], [0, 1, 0]),
        ([[5, 5, 15, 15], [0, 0, 4, 4]], [0.6, 0.95], [1, 0],
         [[5, 5, 15, 15], [30, 30, 35, 35]], [1, 0]),
    ]),
    # a false positive ranked above two true positives: precision rises again after it, the
    # envelope (the best precision at or beyond each recall) differs from the raw curve
    "envelope": (1, 0.5, [
        ([[0, 0, 10, 10], [40, 40, 50, 50], [20, 0, 30, 10], [60, 0, 70, 10], [90, 90, 99, 99]],
         [0.9, 0.85, 0.8, 0.75, 0.7], [0, 0, 0, 0, 0],
         [[0, 0, 10, 10], [20, 0, 30, 10], [60, 0, 70, 10], [80, 0, 90, 10]], [0, 0, 0, 0]),
    ]),
    # the same object detected three times: only the first detection is a true positive
    "duplicates": (2, 0.5, [
        ([[0, 0, 10, 10], [0, 0, 10, 11], [1, 0, 10, 10], [30, 30, 40, 40]], [0.9, 0.8, 0.7, 0.6], [0, 0, 0, 1],
         [[0, 0, 10, 10], [30, 30, 40, 40], [60, 60, 70, 70]], [0, 1, 0]),
    ]),
    # a class-1 detection exactly on a class-0 object: it must not match it
    "cross_class": (2, 0.5, [
        ([[0, 0, 10, 10], [0, 0, 10, 10], [20, 20, 30, 30]], [0.9, 0.8, 0.7], [1, 0, 1],
         [[0, 0, 10, 10], [20, 20, 30, 30], [50, 50, 60, 60]], [0, 1, 1]),
    ]),
    # areas 2 and 4, intersection 2: IoU exactly 0.5 matches (>=)
    "at_threshold": (1, 0.5, [
        ([[0, 0, 2, 1], [10, 0, 11, 2], [20, 20, 22, 22]], [0.9, 0.8, 0.7], [0, 0, 0],
         [[0, 0, 2, 2], [10, 0, 12, 2], [40, 40, 41, 41]], [0, 0, 0]),
    ]),
    # the best ground truth of the second detection is taken: it matches the next best
    # unmatched one (IoU 0.6 >= 0.5)
    "second_best": (1, 0.5, [
        ([[0, 0, 10, 10], [2, 0, 12, 10]], [0.9, 0.8], [0, 0],
         [[0, 0, 10, 10], [4, 0, 14, 10]], [0, 0]),
    ]),
    # class 1 has detections but no ground truth (NaN, left out of the mean); class 2 has
    # ground truth but no detections (AP 0); an image without anything
    "missing_classes": (4, 0.5, [
        ([[0, 0, 10, 10], [20, 20, 30, 30]], [0.9, 0.8], [0, 1], [[0, 0, 10, 10]], [0]),
        (np.zeros((0, 4)), [], [], [[5, 5, 9, 9]], [2]),
        (np.zeros((0, 4)), [], [], np.zeros((0, 4)), []),
        ([[1, 1, 3, 3]], [0.5], [3], np.zeros((0, 4)), []),
    ]),
    # equal scores across images: visited in image order, then by position in the image
    "tied_scores": (1, 0.5, [
        ([[0, 0, 10, 10], [50, 50, 60, 60]], [0.5, 0.5], [0, 0], [[50, 50, 60, 60]], [0]),
        ([[0, 0, 10, 10], [30, 30, 40, 40]], [0.5, 0.5], [0, 0], [[0, 0, 10, 10], [70, 70, 80, 80]], [0, 0]),
    ]),
}


def _iou(b, g):
    w = np.minimum(b[:, None, 2], g[None, :, 2]) - np.maximum(b[:, None, 0], g[None, :, 0])
    h = np.minimum(b[:, None, 3], g[None, :, 3]) - np.maximum(b[:, None, 1], g[None, :, 1])
    inter = np.clip(w, 0, None) * np.clip(h, 0, None)
    a = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    ag = (g[:, 2] - g[:, 0]) * (g[:, 3] - g[:, 1])
    return inter / (a[:, None] + ag[None, :] - inter)


def _ambiguous(b, gb, gl, dl, thr, dtype):
    """Per detection: an IoU near the threshold, or two near-equal best same-class IoUs."""
    if len(gb) == 0 or len(b) == 0:
        return np.zeros(len(b), dtype=bool)
    iou = _iou(b.astype(dtype).astype(np.float64), gb.astype(dtype).astype(np.float64))
    bad = (np.abs(iou - thr) < 1e-4).any(axis=1)
    same = np.where(dl[:, None] == gl[None, :], iou, -1.0)
    if same.shape[1] >= 2:
        top = -np.sort(-same, axis=1)[:, :2]
        bad |= (top[:, 1] >= thr - 1e-3) & (top[:, 0] - top[:, 1] < 1e-4)
    return bad


def _jitter(rng, g, amount):
    wh = np.concatenate([g[:, 2:] - g[:, :2]] * 2, axis=1)
    return g + rng.normal(0, amount, g.shape) * wh


def _image(rng, classes, objects, thr, dtype, fp_rate, scale=100.0):
    g = int(rng.poisson(objects))
    c = rng.uniform(0, 4 * scale, (g, 2))
    wh = rng.uniform(0.1, 0.4, (g, 2)) * scale
    gb = np.concatenate([c - wh / 2, c + wh / 2], axis=1)
    gl = rng.integers(0, classes, g)
    # some objects share a place with an object of another class
    stack = rng.random(g) < 0.2
    if g >= 2 and stack.any():
        src = rng.integers(0, g, int(stack.sum()))
        gb[stack] = _jitter(rng, gb[src], 0.03)
        gl[stack] = (gl[src] + rng.integers(1, max(classes, 2), int(stack.sum()))) % classes
    boxes, labels, good = [], [], []
    for k in range(g):
        for rep in range(rng.choice([0, 1, 1, 1, 2], p=[0.15, 0.3, 0.25, 0.15, 0.15])):
            boxes.append(_jitter(rng, gb[k:k + 1], 0.12 if rep == 0 else 0.2)[0])
            labels.append(gl[k] if rng.random() < 0.85 else rng.integers(0, classes))
            good.append(rep == 0)
    n_fp = int(rng.poisson(fp_rate * max(g, 1)))
    for _ in range(n_fp):
        cc = rng.uniform(0, 4 * scale, 2)
        w = rng.uniform(0.1, 0.4, 2) * scale
        boxes.append(np.concatenate([cc - w / 2, cc + w / 2]))
        labels.append(rng.integers(0, classes))
        good.append(False)
    db = np.array(boxes, dtype=np.float64).reshape(-1, 4)
    dl = np.array(labels, dtype=np.int64)
    good = np.array(good, dtype=bool)
    # fix degenerate boxes, then redraw ambiguous detections
    db[:, 2:] = np.maximum(db[:, 2:], db[:, :2] + 1.0)
    for _ in range(50):
        bad = _ambiguous(db, gb, gl, dl, thr, dtype)
        if not bad.any():
            break
        db[bad] = db[bad] + rng.normal(0, 1.0, (int(bad.sum()), 4))
        db[:, 2:] = np.maximum(db[:, 2:], db[:, :2] + 1.0)
    else:
        raise RuntimeError("could not move detections away from the threshold")
    quality = np.where(good, rng.uniform(0.3, 1.0, len(db)), rng.uniform(0.0, 0.8, len(db)))
    return db, quality, dl, gb, gl


def generate(rng, mode="random", images=5, classes=3, objects=4.0, iou_threshold=0.5, fp_rate=0.5,
             dtype="float64"):
    if mode in FIXED:
        classes, thr, imgs = FIXED[mode]
        out = {k: [] for k in ("det_boxes", "det_scores", "det_labels", "gt_boxes", "gt_labels")}
        for db, ds, dl, gb, gl in imgs:
            out["det_boxes"].append(np.asarray(db, dtype=np.float64).reshape(-1, 4).astype(dtype))
            out["det_scores"].append(np.asarray(ds, dtype=np.float64).astype(dtype))
            out["det_labels"].append(np.asarray(dl, dtype=np.int64))
            out["gt_boxes"].append(np.asarray(gb, dtype=np.float64).reshape(-1, 4).astype(dtype))
            out["gt_labels"].append(np.asarray(gl, dtype=np.int64))
        out["num_classes"] = classes
        out["iou_threshold"] = thr
        return out
    parts = [_image(rng, classes, objects, iou_threshold, dtype, fp_rate) for _ in range(images)]
    n = sum(len(p[1]) for p in parts)
    # distinct scores that keep each detection's quality order roughly: rank of quality + jitter
    quality = np.concatenate([p[1] for p in parts] + [np.zeros(0)])
    rank = np.empty(n)
    rank[np.argsort(quality + rng.normal(0, 0.15, n), kind="stable")] = np.arange(n)
    scores = (rank + rng.uniform(0.1, 0.9, n)) / max(n, 1)
    out = {k: [] for k in ("det_boxes", "det_scores", "det_labels", "gt_boxes", "gt_labels")}
    start = 0
    for db, _, dl, gb, gl in parts:
        out["det_boxes"].append(db.astype(dtype))
        out["det_scores"].append(scores[start:start + len(db)].astype(dtype))
        out["det_labels"].append(dl)
        out["gt_boxes"].append(gb.astype(dtype))
        out["gt_labels"].append(gl.astype(np.int64))
        start += len(db)
    out["num_classes"] = int(classes)
    out["iou_threshold"] = float(iou_threshold)
    return out
