# mistake: takes the union as area1 + area2 without subtracting the intersection
# 错误：并集取为 面积1 + 面积2，没有减去交集
import numpy as np


def box_iou(boxes1, boxes2):
    """Classic mistake: union = area1 + area2 (the intersection counted twice)."""
    a1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    a2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    w = np.clip(np.minimum(boxes1[:, None, 2], boxes2[None, :, 2]) - np.maximum(boxes1[:, None, 0], boxes2[None, :, 0]), 0, None)
    h = np.clip(np.minimum(boxes1[:, None, 3], boxes2[None, :, 3]) - np.maximum(boxes1[:, None, 1], boxes2[None, :, 1]), 0, None)
    inter = w * h
    union = a1[:, None] + a2[None, :]
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
