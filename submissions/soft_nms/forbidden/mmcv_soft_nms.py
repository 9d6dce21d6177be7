"""Calls mmcv's compiled Soft-NMS (forbidden here)."""
import numpy as np
from mmcv.ops import soft_nms as _soft_nms


def soft_nms(boxes, scores, method="linear", iou_threshold=0.3, sigma=0.5, score_threshold=0.001):
    dets, inds = _soft_nms(boxes, scores, iou_threshold=iou_threshold, sigma=sigma,
                           min_score=score_threshold, method=method)
    return np.asarray(inds, dtype=np.int64), np.asarray(dets[:, 4], dtype=scores.dtype)
