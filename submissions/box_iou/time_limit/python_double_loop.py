"""Correct, but a Python double loop over all N x M pairs."""
import numpy as np


def box_iou(boxes1, boxes2):
    b1 = boxes1.tolist()
    b2 = boxes2.tolist()
    out = np.zeros((len(b1), len(b2)), dtype=boxes1.dtype)
    for i, (ax1, ay1, ax2, ay2) in enumerate(b1):
        aa = (ax2 - ax1) * (ay2 - ay1)
        for j, (bx1, by1, bx2, by2) in enumerate(b2):
            w = max(0.0, min(ax2, bx2) - max(ax1, bx1))
            h = max(0.0, min(ay2, by2) - max(ay1, by1))
            inter = w * h
            union = aa + (bx2 - bx1) * (by2 - by1) - inter
            out[i, j] = inter / union if union > 0 else 0.0
    return out
