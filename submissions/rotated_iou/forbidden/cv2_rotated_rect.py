"""Uses OpenCV's rotatedRectangleIntersection (forbidden here)."""
import cv2
import numpy as np


def rotated_iou(boxes1, boxes2):
    out = []
    for r1, r2 in zip(boxes1.tolist(), boxes2.tolist()):
        a = ((r1[0], r1[1]), (r1[2], r1[3]), np.degrees(r1[4]))
        b = ((r2[0], r2[1]), (r2[2], r2[3]), np.degrees(r2[4]))
        _, pts = cv2.rotatedRectangleIntersection(a, b)
        inter = 0.0 if pts is None else cv2.contourArea(cv2.convexHull(pts))
        out.append(inter / (r1[2] * r1[3] + r2[2] * r2[3] - inter))
    return np.array(out, dtype=boxes1.dtype)
