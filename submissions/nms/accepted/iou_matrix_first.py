# scaling: memory — builds the whole n×n IoU matrix before the greedy pass: O(n^2) memory, where greedy NMS needs O(n)
# 规模：内存 — 先算出完整的 n×n IoU 矩阵再做贪心：内存 O(n^2)，而贪心 NMS 只需 O(n)
import numpy as np


def nms(boxes, scores, iou_threshold):
    boxes = np.asarray(boxes, dtype=np.float64)
    n = len(boxes)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    x1, y1, x2, y2 = boxes.T
    area = (x2 - x1) * (y2 - y1)
    w = np.clip(np.minimum(x2[:, None], x2[None]) - np.maximum(x1[:, None], x1[None]), 0, None)
    h = np.clip(np.minimum(y2[:, None], y2[None]) - np.maximum(y1[:, None], y1[None]), 0, None)
    inter = w * h
    iou = inter / (area[:, None] + area[None] - inter)
    order = np.argsort(-np.asarray(scores), kind="stable")
    removed = np.zeros(n, dtype=bool)
    keep = []
    for i in order:
        if removed[i]:
            continue
        keep.append(i)
        removed |= iou[i] > iou_threshold
    return np.array(keep, dtype=np.int64)
