"""Accepts every right answer of soft_nms.

Near-ties between decayed scores can be ordered either way by a correct float32
implementation, so the checker replays Soft-NMS in float64 along the submission's own
order: every round must keep a box whose current score is within the tolerance of the
best remaining score (an exact tie, as in identical inputs, goes to the lowest index),
report that score within the tolerance, and in the end every box whose score is clearly
at least ``score_threshold`` must have been kept.
"""

import numpy as np

NAMES = ["boxes", "scores", "method", "iou_threshold", "sigma", "score_threshold"]
DEFAULTS = {"method": "linear", "iou_threshold": 0.3, "sigma": 0.5, "score_threshold": 0.001}
TOL = {"float32": (2e-5, 1e-6), "float64": (1e-9, 1e-12)}  # (rtol, atol)


def _inputs(inputs):
    values = dict(DEFAULTS)
    values.update(zip(NAMES, inputs["args"]))
    values.update(inputs["kwargs"])
    return values


def check(inputs, got, expected):
    v = _inputs(inputs)
    b = np.asarray(v["boxes"], dtype=np.float64).reshape(-1, 4)
    cur = np.array(v["scores"], dtype=np.float64)
    method, thr, sigma, st = v["method"], float(v["iou_threshold"]), float(v["sigma"]), float(v["score_threshold"])
    keep, sc = (np.asarray(x) for x in got)
    rtol, atol = TOL.get(str(np.asarray(expected[1]).dtype), TOL["float32"])
    n = len(cur)
    x1, y1, x2, y2 = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    area = (x2 - x1) * (y2 - y1)
    lenient = st * (1 - 1e-4)  # a score this close to the threshold may be kept or dropped
    alive = cur >= lenient
    for k in range(len(keep)):
        p = int(keep[k])
        if not 0 <= p < n:
            return f"keep[{k}] = {p} is not a box index (N = {n})"
        if not alive[p]:
            return f"keep[{k}] = {p}: that box was already kept or dropped (its score fell below score_threshold)"
        best = float(cur[alive].max())
        if cur[p] < best - (atol + rtol * best):
            q = int(np.flatnonzero(alive & (cur == best))[0])
            return (f"round {k} keeps box {p} (current score {cur[p]:.9g}), but box {q} has the highest "
                    f"current score {best:.9g}")
        tied = np.flatnonzero(alive[:p] & (cur[:p] == cur[p]))
        if tied.size:
            return (f"round {k} keeps box {p}, but box {int(tied[0])} has exactly the same current score "
                    f"{cur[p]:.9g}: ties go to the lowest index")
        if not abs(float(sc[k]) - cur[p]) <= atol + rtol * abs(cur[p]):
            return f"scores[{k}] (box {p}) is {float(sc[k])!r}, expected {cur[p]:.9g} (its score when kept)"
        alive[p] = False
        w = np.clip(np.minimum(x2[p], x2) - np.maximum(x1[p], x1), 0, None)
        h = np.clip(np.minimum(y2[p], y2) - np.maximum(y1[p], y1), 0, None)
        inter = w * h
        iou = inter / (area[p] + area - inter)
        if method == "gaussian":
            cur = cur * np.exp(-(iou * iou) / sigma)
        else:
            cur = cur * np.where(iou > thr, 1.0 - iou, 1.0)
        alive &= cur >= lenient
    missing = np.flatnonzero(alive & (cur >= st * (1 + 1e-4)))
    if missing.size:
        q = int(missing[np.argmax(cur[missing])])
        return (f"box {q} is missing: its score {cur[q]:.9g} (after the rounds kept) is still at least "
                f"score_threshold {st:.9g}")
    return None
