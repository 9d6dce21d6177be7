# mistake: keeps boxes only when iou < threshold, so a box exactly at the threshold is suppressed (should be <=)
# 错误：只保留 iou < 阈值的框，恰好等于阈值的框被抑制（应为 <=）
import numpy as np


def nms(boxes, scores, iou_threshold):
    """Classic mistake: `iou < threshold` keeps, so a box exactly at the threshold is removed."""
    if len(boxes) == 0:
        return np.zeros(0, dtype=np.int64)
    x1, y1, x2, y2 = boxes.T
    areas = (x2 - x1) * (y2 - y1)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(i)
        rest = order[1:]
        inter = np.maximum(0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest])) * \
            np.maximum(0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]))
        iou = inter / (areas[i] + areas[rest] - inter)
        order = rest[iou < iou_threshold]
    return np.array(keep, dtype=np.int64)
