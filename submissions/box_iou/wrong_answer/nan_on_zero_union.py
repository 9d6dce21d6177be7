# mistake: divides by the union unguarded, so two zero-area boxes give NaN instead of 0
# 错误：直接除以并集而不做保护，两个面积为 0 的框得到 NaN 而不是 0
import numpy as np


def box_iou(boxes1, boxes2):
    """Classic mistake: torchvision-style inter / union with no guard for a zero union."""
    a1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    a2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    lt = np.maximum(boxes1[:, None, :2], boxes2[None, :, :2])
    rb = np.minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh = np.clip(rb - lt, 0, None)
    inter = wh[..., 0] * wh[..., 1]
    with np.errstate(invalid="ignore", divide="ignore"):
        return inter / (a1[:, None] + a2[None, :] - inter)
