# mistake: does not clamp the intersection width and height at 0, so boxes apart on both axes get a positive IoU
# 错误：交集的宽和高没有在 0 处截断，两轴上都分离的框得到正的 IoU
import numpy as np


def box_iou(boxes1, boxes2):
    """Classic mistake: negative width times negative height is a positive 'intersection'."""
    a1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    a2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    w = np.minimum(boxes1[:, None, 2], boxes2[None, :, 2]) - np.maximum(boxes1[:, None, 0], boxes2[None, :, 0])
    h = np.minimum(boxes1[:, None, 3], boxes2[None, :, 3]) - np.maximum(boxes1[:, None, 1], boxes2[None, :, 1])
    inter = w * h
    union = a1[:, None] + a2[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union != 0)
