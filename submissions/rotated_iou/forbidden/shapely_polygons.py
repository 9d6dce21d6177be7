"""Intersects shapely polygons pair by pair (forbidden here)."""
import numpy as np
from shapely.geometry import Polygon


def _corners(cx, cy, w, h, a):
    c, s = np.cos(a), np.sin(a)
    return [(cx + lx * c - ly * s, cy + lx * s + ly * c)
            for lx, ly in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))]


def rotated_iou(boxes1, boxes2):
    out = []
    for r1, r2 in zip(boxes1.tolist(), boxes2.tolist()):
        p, q = Polygon(_corners(*r1)), Polygon(_corners(*r2))
        inter = p.intersection(q).area
        out.append(inter / (p.area + q.area - inter))
    return np.array(out, dtype=boxes1.dtype)
