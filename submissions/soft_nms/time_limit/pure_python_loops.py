"""Correct Soft-NMS, but every round recomputes every IoU in pure Python loops."""
import numpy as np


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    import math
    b = [[float(v) for v in row] for row in boxes]
    s = [float(v) for v in scores]
    alive = list(range(len(s)))
    keep, out = [], []
    while alive:
        best = alive[0]
        for i in alive:
            if s[i] > s[best]:
                best = i
        keep.append(best)
        out.append(s[best])
        alive.remove(best)
        nxt = []
        for i in alive:
            w = max(0.0, min(b[best][2], b[i][2]) - max(b[best][0], b[i][0]))
            h = max(0.0, min(b[best][3], b[i][3]) - max(b[best][1], b[i][1]))
            inter = w * h
            a1 = (b[best][2] - b[best][0]) * (b[best][3] - b[best][1])
            a2 = (b[i][2] - b[i][0]) * (b[i][3] - b[i][1])
            iou = inter / (a1 + a2 - inter)
            if method == "gaussian":
                s[i] *= math.exp(-(iou * iou) / sigma)
            elif iou > iou_threshold:
                s[i] *= 1 - iou
            if s[i] >= score_threshold:
                nxt.append(i)
        alive = nxt
    dt = np.result_type(np.asarray(scores).dtype, np.float32)
    return np.array(keep, dtype=np.int64), np.array(out, dtype=dt)
