"""Broadcasts corner arrays over [N, M], computes in float64 and casts back; np.divide with where for union 0."""
import numpy as np


def box_iou(boxes1, boxes2):
    b1 = boxes1.astype(np.float64)
    b2 = boxes2.astype(np.float64)
    lt = np.maximum(b1[:, None, :2], b2[None, :, :2])
    rb = np.minimum(b1[:, None, 2:], b2[None, :, 2:])
    wh = np.clip(rb - lt, 0, None)
    inter = wh[..., 0] * wh[..., 1]
    area1 = np.prod(b1[:, 2:] - b1[:, :2], axis=1)
    area2 = np.prod(b2[:, 2:] - b2[:, :2], axis=1)
    union = area1[:, None] + area2[None, :] - inter
    out = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    return out.astype(boxes1.dtype)
