# mistake: adds the pixel-inclusive + 1 to widths and heights in areas and intersections
# 错误：计算面积和交集时给宽高加上像素包含式的 + 1
import numpy as np


def nms(boxes, scores, iou_threshold):
    """Classic mistake: the pixel-inclusive `+ 1` in widths and heights."""
    if len(boxes) == 0:
        return np.zeros(0, dtype=np.int64)
    x1, y1, x2, y2 = boxes.T
    areas = (x2 - x1 + 1) * (y2 - y1 + 1)
    order = np.argsort(-scores, kind="stable")
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(i)
        rest = order[1:]
        w = np.maximum(0, np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]) + 1)
        h = np.maximum(0, np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]) + 1)
        iou = w * h / (areas[i] + areas[rest] - w * h)
        order = rest[iou <= iou_threshold]
    return np.array(keep, dtype=np.int64)
