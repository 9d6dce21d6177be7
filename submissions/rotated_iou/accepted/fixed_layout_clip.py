"""Sutherland-Hodgman in box 1's frame with a fixed slot layout (no packing): outside
vertices are moved onto the clipping line, crossings fill the odd slots."""
import numpy as np


def rotated_iou(boxes1, boxes2):
    """IoU of rotated rectangles row by row. In box 1's frame (box 1 = [-hw, hw] x [-hh, hh]),
    box 2's corners are clipped by box 1's four sides (Sutherland-Hodgman, vectorised over the
    pairs) and the intersection measured by the shoelace formula.

    Each clip step keeps a fixed layout instead of packing the survivors: vertex i gives two
    slots, itself moved onto the clipping line when it is outside, then the crossing point of
    edge (i, i+1) when that edge crosses the line (else a repeat of the first slot). The extra
    points all lie on the clipping line between the real ones, so they add no area.
    """
    b1 = np.asarray(boxes1, dtype=np.float64).reshape(-1, 5)
    b2 = np.asarray(boxes2, dtype=np.float64).reshape(-1, 5)
    n = b1.shape[0]
    hw, hh = b1[:, 2:3] / 2, b1[:, 3:4] / 2
    c1, s1 = np.cos(b1[:, 4:5]), np.sin(b1[:, 4:5])
    dx, dy = b2[:, 0:1] - b1[:, 0:1], b2[:, 1:2] - b1[:, 1:2]
    cx, cy = dx * c1 + dy * s1, dy * c1 - dx * s1  # box 2's centre in box 1's frame
    a = b2[:, 4:5] - b1[:, 4:5]
    c, s = np.cos(a), np.sin(a)
    lx = np.array([[-0.5, 0.5, 0.5, -0.5]]) * b2[:, 2:3]
    ly = np.array([[-0.5, -0.5, 0.5, 0.5]]) * b2[:, 3:4]
    X = cx + lx * c - ly * s  # [n, 4] box 2's corners, counter-clockwise
    Y = cy + lx * s + ly * c
    for bound, sign, along_x in ((hw, 1.0, True), (hw, -1.0, True), (hh, 1.0, False), (hh, -1.0, False)):
        P, Q = (X, Y) if along_x else (Y, X)  # P: the coordinate being clipped
        lim = sign * bound
        Pn, Qn = np.roll(P, -1, axis=1), np.roll(Q, -1, axis=1)
        out = (P * sign) > bound
        cross = out != ((Pn * sign) > bound)
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(cross, (lim - P) / np.where(cross, Pn - P, 1.0), 0.0)
        Pc = np.where(out, lim, P)
        m = P.shape[1]
        P2 = np.empty((n, 2 * m))
        Q2 = np.empty((n, 2 * m))
        P2[:, 0::2] = Pc
        Q2[:, 0::2] = Q
        P2[:, 1::2] = np.where(cross, lim, Pc)
        Q2[:, 1::2] = np.where(cross, Q + t * (Qn - Q), Q)
        X, Y = (P2, Q2) if along_x else (Q2, P2)
    inter = 0.5 * np.abs((X * np.roll(Y, -1, axis=1) - np.roll(X, -1, axis=1) * Y).sum(axis=1))
    union = b1[:, 2] * b1[:, 3] + b2[:, 2] * b2[:, 3] - inter
    out_dtype = np.result_type(np.asarray(boxes1).dtype, np.float32)
    return (inter / union).astype(out_dtype)
