# mistake: returns np.array(keep) without dtype, so an empty result is a float64 array instead of int64 indices
# 错误：返回 np.array(keep) 时没指定 dtype，结果为空时得到 float64 数组而不是 int64 下标
import numpy as np


def nms(boxes, scores, iou_threshold):
    """Classic mistake: np.array(keep) of an empty list is a float64 array, not indices."""
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    areas = (x2 - x1) * (y2 - y1)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size:
        i = order[0]
        keep.append(int(i))
        rest = order[1:]
        w = np.clip(np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]), 0, None)
        h = np.clip(np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]), 0, None)
        inter = w * h
        order = rest[inter / (areas[i] + areas[rest] - inter) <= iou_threshold]
    return np.array(keep)
