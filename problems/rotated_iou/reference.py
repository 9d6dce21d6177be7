import numpy as np


def _corners(b):
    cx, cy, w, h, a = (b[:, k] for k in range(5))
    c, s = np.cos(a), np.sin(a)
    hw, hh = w / 2, h / 2
    lx = np.stack([-hw, hw, hw, -hw], axis=1)
    ly = np.stack([-hh, -hh, hh, hh], axis=1)
    return cx[:, None] + lx * c[:, None] - ly * s[:, None], cy[:, None] + lx * s[:, None] + ly * c[:, None]


def rotated_iou(boxes1, boxes2):
    """IoU of rotated rectangles row by row: box 1 (moved to the origin) clipped by the four
    edges of box 2 (Sutherland-Hodgman, vectorised over the pairs: after each edge the surviving
    points are packed to the front with a stable argsort), area by the shoelace formula."""
    b1 = np.asarray(boxes1, dtype=np.float64).reshape(-1, 5)
    b2 = np.asarray(boxes2, dtype=np.float64).reshape(-1, 5)
    n = b1.shape[0]
    # work relative to box 1's centre: no cancellation for small boxes far from the origin
    off = b1[:, :2].copy()
    b1 = b1.copy()
    b2 = b2.copy()
    b1[:, :2] = 0.0
    b2[:, :2] -= off
    px, py = _corners(b1)
    qx, qy = _corners(b2)
    count = np.full(n, 4)
    for e in range(4):
        m = px.shape[1]
        ax, ay = qx[:, e:e + 1], qy[:, e:e + 1]
        ex, ey = qx[:, (e + 1) % 4, None] - ax, qy[:, (e + 1) % 4, None] - ay
        d = ex * (py - ay) - ey * (px - ax)
        idx = np.arange(m)
        valid = idx < count[:, None]
        nx_i = np.where(idx[None, :] + 1 < count[:, None], idx[None, :] + 1, 0)
        nxx = np.take_along_axis(px, nx_i, 1)
        nxy = np.take_along_axis(py, nx_i, 1)
        dn = np.take_along_axis(d, nx_i, 1)
        inside = d >= 0
        cross = valid & (inside != (dn >= 0))
        t = np.where(cross, d / np.where(cross, d - dn, 1.0), 0.0)
        ix = px + t * (nxx - px)
        iy = py + t * (nxy - py)
        keep = np.empty((n, 2 * m), dtype=bool)
        keep[:, 0::2] = valid & inside
        keep[:, 1::2] = cross
        cx_ = np.empty((n, 2 * m))
        cx_[:, 0::2] = px
        cx_[:, 1::2] = ix
        cy_ = np.empty((n, 2 * m))
        cy_[:, 0::2] = py
        cy_[:, 1::2] = iy
        order = np.argsort(~keep, axis=1, kind="stable")[:, :m + 1]
        px = np.take_along_axis(cx_, order, 1)
        py = np.take_along_axis(cy_, order, 1)
        count = keep.sum(1)
    m = px.shape[1]
    idx = np.arange(m)
    valid = idx < count[:, None]
    nx_i = np.where(idx[None, :] + 1 < count[:, None], idx[None, :] + 1, 0)
    s = px * np.take_along_axis(py, nx_i, 1) - np.take_along_axis(px, nx_i, 1) * py
    inter = 0.5 * np.abs(np.where(valid, s, 0.0).sum(1))
    union = b1[:, 2] * b1[:, 3] + b2[:, 2] * b2[:, 3] - inter
    return (inter / union).astype(np.result_type(np.asarray(boxes1).dtype, np.float32))
