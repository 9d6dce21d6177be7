"""Correct, but one pair at a time: a Python loop over the pairs, each clipped with small
NumPy arrays (Sutherland-Hodgman) and measured with the shoelace formula."""
import numpy as np


def _corners(b):
    cx, cy, w, h, a = b
    c, s = np.cos(a), np.sin(a)
    local = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]])
    rot = np.array([[c, -s], [s, c]])
    return local @ rot.T + np.array([cx, cy])


def _clip(poly, a, b):
    out = []
    for i in range(len(poly)):
        p, q = poly[i], poly[(i + 1) % len(poly)]
        dp = np.cross(b - a, p - a)
        dq = np.cross(b - a, q - a)
        if dp >= 0:
            out.append(p)
        if (dp >= 0) != (dq >= 0):
            out.append(p + dp / (dp - dq) * (q - p))
    return out


def rotated_iou(boxes1, boxes2):
    res = np.zeros(len(boxes1), dtype=np.result_type(boxes1.dtype, np.float32))
    for k in range(len(boxes1)):
        b1 = boxes1[k].astype(np.float64)
        b2 = boxes2[k].astype(np.float64)
        poly = list(_corners(b1))
        clip = _corners(b2)
        for e in range(4):
            if not poly:
                break
            poly = _clip(poly, clip[e], clip[(e + 1) % 4])
        if len(poly) >= 3:
            p = np.array(poly)
            inter = 0.5 * abs(np.sum(p[:, 0] * np.roll(p[:, 1], -1) - np.roll(p[:, 0], -1) * p[:, 1]))
        else:
            inter = 0.0
        res[k] = inter / (b1[2] * b1[3] + b2[2] * b2[3] - inter)
    return res
