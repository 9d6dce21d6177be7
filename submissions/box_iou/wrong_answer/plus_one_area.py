# mistake: adds the pixel-inclusive + 1 to widths and heights of the areas and the intersection
# 错误：计算面积和交集时给宽高加上像素包含式的 + 1
import numpy as np


def box_iou(boxes1, boxes2):
    """Classic mistake: the pixel-inclusive `+ 1` (old Pascal VOC code)."""
    a1 = (boxes1[:, 2] - boxes1[:, 0] + 1) * (boxes1[:, 3] - boxes1[:, 1] + 1)
    a2 = (boxes2[:, 2] - boxes2[:, 0] + 1) * (boxes2[:, 3] - boxes2[:, 1] + 1)
    w = np.maximum(np.minimum(boxes1[:, None, 2], boxes2[None, :, 2]) - np.maximum(boxes1[:, None, 0], boxes2[None, :, 0]) + 1, 0)
    h = np.maximum(np.minimum(boxes1[:, None, 3], boxes2[None, :, 3]) - np.maximum(boxes1[:, None, 1], boxes2[None, :, 1]) + 1, 0)
    inter = w * h
    return (inter / (a1[:, None] + a2[None, :] - inter)).astype(boxes1.dtype)
