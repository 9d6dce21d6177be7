"""Greedy NMS class by class (in NumPy), then all kept boxes merged by descending score,
ties by index."""
import numpy as np
import torch


def _nms(b, s, thr):
    order = np.argsort(-s, kind="stable")
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    keep = []
    while order.size:
        i = order[0]
        keep.append(i)
        r = order[1:]
        w = np.clip(np.minimum(b[i, 2], b[r, 2]) - np.maximum(b[i, 0], b[r, 0]), 0, None)
        h = np.clip(np.minimum(b[i, 3], b[r, 3]) - np.maximum(b[i, 1], b[r, 1]), 0, None)
        inter = w * h
        order = r[inter / (area[i] + area[r] - inter) <= thr]
    return np.array(keep, dtype=np.int64)


def batched_nms(boxes, scores, idxs, iou_threshold):
    b = boxes.numpy().astype(np.float64)
    s = scores.numpy()
    c = idxs.numpy()
    kept = []
    for cls in np.unique(c):
        members = np.flatnonzero(c == cls)
        kept.append(members[_nms(b[members], s[members], iou_threshold)])
    if not kept:
        return torch.zeros(0, dtype=torch.int64)
    kept = np.concatenate(kept)
    kept = kept[np.lexsort((kept, -s[kept]))]
    return torch.from_numpy(kept)
