"""Pure Python, one pair at a time: Sutherland-Hodgman clipping and the shoelace formula
with Python floats (within the time limit: the geometry is branchy, NumPy gains only ~3x)."""
import math

import numpy as np


def _corners(cx, cy, w, h, a):
    c, s = math.cos(a), math.sin(a)
    return [(cx + lx * c - ly * s, cy + lx * s + ly * c)
            for lx, ly in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))]


def _clip(poly, a, b):
    out = []
    ex, ey = b[0] - a[0], b[1] - a[1]
    n = len(poly)
    for i in range(n):
        p, q = poly[i], poly[(i + 1) % n]
        dp = ex * (p[1] - a[1]) - ey * (p[0] - a[0])
        dq = ex * (q[1] - a[1]) - ey * (q[0] - a[0])
        if dp >= 0:
            out.append(p)
        if (dp >= 0) != (dq >= 0):
            t = dp / (dp - dq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def rotated_iou(boxes1, boxes2):
    res = []
    for r1, r2 in zip(boxes1.tolist(), boxes2.tolist()):
        poly = _corners(*r1)
        clip = _corners(*r2)
        for e in range(4):
            if not poly:
                break
            poly = _clip(poly, clip[e], clip[(e + 1) % 4])
        inter = 0.0
        for i in range(len(poly)):
            x1, y1 = poly[i]
            x2, y2 = poly[(i + 1) % len(poly)]
            inter += x1 * y2 - x2 * y1
        inter = abs(inter) / 2
        res.append(inter / (r1[2] * r1[3] + r2[2] * r2[3] - inter))
    return np.array(res, dtype=np.result_type(boxes1.dtype, np.float32))
