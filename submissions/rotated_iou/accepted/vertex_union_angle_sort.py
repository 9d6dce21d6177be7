"""Vectorised over the pairs: the candidate vertices of the intersection (corners of each box
inside the other, edge crossings, with a small tolerance) in box 1's frame, sorted by angle
around their mean, area by the shoelace formula."""
import numpy as np


def rotated_iou(boxes1, boxes2):
    b1 = np.asarray(boxes1, dtype=np.float64).reshape(-1, 5)
    b2 = np.asarray(boxes2, dtype=np.float64).reshape(-1, 5)
    hw, hh = b1[:, 2:3] / 2, b1[:, 3:4] / 2
    # box 2 in box 1's frame: box 1 is [-hw, hw] x [-hh, hh]
    c1, s1 = np.cos(b1[:, 4:5]), np.sin(b1[:, 4:5])
    dx, dy = b2[:, 0:1] - b1[:, 0:1], b2[:, 1:2] - b1[:, 1:2]
    a = b2[:, 4:5] - b1[:, 4:5]
    c, s = np.cos(a), np.sin(a)
    cx, cy = dx * c1 + dy * s1, -dx * s1 + dy * c1
    lx = np.array([-0.5, 0.5, 0.5, -0.5]) * b2[:, 2:3]
    ly = np.array([-0.5, -0.5, 0.5, 0.5]) * b2[:, 3:4]
    qx = cx + lx * c - ly * s  # [n, 4] corners of box 2
    qy = cy + lx * s + ly * c
    # corners of box 2 inside box 1
    in2 = (np.abs(qx) <= hw * (1 + 1e-9)) & (np.abs(qy) <= hh * (1 + 1e-9))
    # corners of box 1 inside box 2 (in box 2's frame)
    px = np.array([-1.0, 1.0, 1.0, -1.0]) * hw
    py = np.array([-1.0, -1.0, 1.0, 1.0]) * hh
    rx, ry = px - cx, py - cy
    ux, uy = rx * c + ry * s, -rx * s + ry * c
    in1 = (np.abs(ux) <= b2[:, 2:3] / 2 * (1 + 1e-9)) & (np.abs(uy) <= b2[:, 3:4] / 2 * (1 + 1e-9))
    # edges of box 2 against the four lines of box 1
    ex, ey = np.roll(qx, -1, 1) - qx, np.roll(qy, -1, 1) - qy  # [n, 4]
    xs, ys, ok = [], [], []
    with np.errstate(divide="ignore", invalid="ignore"):
        for bound, axis in ((hw, 0), (-hw, 0), (hh, 1), (-hh, 1)):
            if axis == 0:
                t = (bound - qx) / ex
                y = qy + t * ey
                good = (t >= -1e-9) & (t <= 1 + 1e-9) & (np.abs(y) <= hh * (1 + 1e-9))
                xs.append(np.broadcast_to(bound, y.shape)); ys.append(y)
            else:
                t = (bound - qy) / ey
                x = qx + t * ex
                good = (t >= -1e-9) & (t <= 1 + 1e-9) & (np.abs(x) <= hw * (1 + 1e-9))
                xs.append(x); ys.append(np.broadcast_to(bound, x.shape))
            ok.append(good)
    X = np.concatenate([qx, np.broadcast_to(px, qx.shape)] + xs, axis=1)
    Y = np.concatenate([qy, np.broadcast_to(py, qy.shape)] + ys, axis=1)
    V = np.concatenate([in2, in1] + ok, axis=1)
    cnt = V.sum(1, keepdims=True)
    mx = np.where(V, X, 0).sum(1, keepdims=True) / np.maximum(cnt, 1)
    my = np.where(V, Y, 0).sum(1, keepdims=True) / np.maximum(cnt, 1)
    ang = np.where(V, np.arctan2(np.where(V, Y - my, 0), np.where(V, X - mx, 0)), np.inf)
    order = np.argsort(ang, axis=1)
    X = np.take_along_axis(np.where(V, X, 0), order, 1)
    Y = np.take_along_axis(np.where(V, Y, 0), order, 1)
    Vs = np.take_along_axis(V, order, 1)
    X = np.where(Vs, X, X[:, :1]); Y = np.where(Vs, Y, Y[:, :1])
    inter = 0.5 * np.abs((X * np.roll(Y, -1, 1) - np.roll(X, -1, 1) * Y).sum(1))
    union = b1[:, 2] * b1[:, 3] + b2[:, 2] * b2[:, 3] - inter
    return (inter / union).astype(np.result_type(np.asarray(boxes1).dtype, np.float32))
