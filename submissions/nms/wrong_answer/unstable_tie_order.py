# mistake: orders boxes by argsort(scores)[::-1], visiting tied scores from the highest index first
# 错误：用 argsort(scores)[::-1] 排序，分数相同时下标大的先被访问
import numpy as np


def nms(boxes, scores, iou_threshold):
    """Classic mistake: `argsort(scores)[::-1]` visits tied scores from the highest index."""
    if len(boxes) == 0:
        return np.zeros(0, dtype=np.int64)
    x1, y1, x2, y2 = boxes.T
    areas = (x2 - x1) * (y2 - y1)
    order = np.argsort(scores)[::-1]
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(i)
        rest = order[1:]
        inter = np.maximum(0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest])) * \
            np.maximum(0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]))
        order = rest[inter / (areas[i] + areas[rest] - inter) <= iou_threshold]
    return np.array(keep, dtype=np.int64)
