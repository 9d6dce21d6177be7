"""Soft-NMS in the input dtype (float32 stays float32): the remaining boxes are compacted
with a boolean mask after every round, so each round works on fewer boxes."""
import numpy as np


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    boxes = np.asarray(boxes)
    s = np.array(scores)
    dt = s.dtype
    idx = np.arange(len(s))
    b = boxes.copy()
    keep, out = [], []
    while len(idx):
        j = np.argmax(s)
        keep.append(idx[j])
        out.append(s[j])
        bj = b[j]
        mask = np.ones(len(idx), dtype=bool)
        mask[j] = False
        idx, s, b = idx[mask], s[mask], b[mask]
        xx1 = np.maximum(bj[0], b[:, 0])
        yy1 = np.maximum(bj[1], b[:, 1])
        xx2 = np.minimum(bj[2], b[:, 2])
        yy2 = np.minimum(bj[3], b[:, 3])
        inter = np.clip(xx2 - xx1, 0, None) * np.clip(yy2 - yy1, 0, None)
        ov = inter / ((bj[2] - bj[0]) * (bj[3] - bj[1]) + (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]) - inter)
        if method == "linear":
            weight = np.where(ov > iou_threshold, 1 - ov, 1).astype(dt)
        else:
            weight = np.exp(-(ov * ov) / dt.type(sigma))
        s = s * weight
        m = s >= score_threshold
        idx, s, b = idx[m], s[m], b[m]
    return np.array(keep, dtype=np.int64), np.array(out, dtype=dt)
