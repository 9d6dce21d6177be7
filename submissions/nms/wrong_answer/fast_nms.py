# mistake: uses Fast-NMS: removes a box if any higher-scored box overlaps it, even one that was itself removed
# 错误：用了 Fast-NMS：只要有更高分的框与之重叠就删除，即使那个框自己已被删除
import numpy as np


def nms(boxes, scores, iou_threshold):
    """Fast-NMS (YOLACT): a box is removed if ANY higher box overlaps it, even a removed one."""
    n = len(boxes)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(-scores, kind="stable")
    b = boxes[order].astype(np.float64)
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    w = np.clip(np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0]), 0, None)
    h = np.clip(np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1]), 0, None)
    iou = np.triu(w * h / (area[:, None] + area[None, :] - w * h), k=1)
    return order[iou.max(axis=0) <= iou_threshold].astype(np.int64)
