# mistake: orders boxes with np.argsort(-scores) (unstable quicksort), so tied scores are not lower index first
# 错误：用 np.argsort(-scores)（不稳定的快排）排序，分数相同时不保证下标小的在前
import numpy as np


def nms(boxes, scores, iou_threshold):
    """Classic mistake: `np.argsort(-scores)` is quicksort, not stable: past its small-input
    path, tied scores come out in no particular order (the contract: lower index first)."""
    if len(boxes) == 0:
        return np.zeros(0, dtype=np.int64)
    x1, y1, x2, y2 = boxes.T
    areas = (x2 - x1) * (y2 - y1)
    order = np.argsort(-scores)
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(i)
        rest = order[1:]
        inter = np.maximum(0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest])) * \
            np.maximum(0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]))
        order = rest[inter / (areas[i] + areas[rest] - inter) <= iou_threshold]
    return np.array(keep, dtype=np.int64)
