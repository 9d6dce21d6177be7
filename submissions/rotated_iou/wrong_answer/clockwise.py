# mistake: rotates the boxes clockwise (x' = x cos a + y sin a, y' = -x sin a + y cos a) instead of counter-clockwise
# 错误：把框按顺时针旋转（x' = x cos a + y sin a，y' = -x sin a + y cos a），而不是逆时针
import numpy as np


def _corners(b):
    """[N, 4, 2] corners of (cx, cy, w, h, angle) boxes, counter-clockwise."""
    cx, cy, w, h, a = (b[:, k] for k in range(5))
    c, s = np.cos(a), -np.sin(a)
    lx = np.stack([-w, w, w, -w], axis=1) / 2
    ly = np.stack([-h, -h, h, h], axis=1) / 2
    return np.stack([cx[:, None] + lx * c[:, None] - ly * s[:, None],
                     cy[:, None] + lx * s[:, None] + ly * c[:, None]], axis=-1)


def rotated_iou(boxes1, boxes2):
    """Sutherland-Hodgman, with the boxes turned clockwise."""
    b1 = np.asarray(boxes1, dtype=np.float64).reshape(-1, 5)
    b2 = np.asarray(boxes2, dtype=np.float64).reshape(-1, 5)
    n = b1.shape[0]
    # work relative to box 1's centre: no cancellation for small boxes far from 0
    rel = b2.copy()
    rel[:, :2] -= b1[:, :2]
    poly = _corners(np.column_stack([np.zeros((n, 2)), b1[:, 2:]]))  # [n, m, 2]; slots past the count repeat vertex 0
    clip = _corners(rel)
    count = np.full(n, 4)
    rows = np.arange(n)[:, None]
    for e in range(4):
        m = poly.shape[1]
        a, edge = clip[:, e], clip[:, (e + 1) % 4] - clip[:, e]
        rel = poly - a[:, None, :]
        d = edge[:, None, 0] * rel[..., 1] - edge[:, None, 1] * rel[..., 0]  # > 0: inside (left)
        nxt = np.roll(poly, -1, axis=1)
        d_nxt = np.roll(d, -1, axis=1)
        valid = np.arange(m)[None, :] < count[:, None]
        inside = d >= 0
        cross = valid & (inside != (d_nxt >= 0))
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(cross, d / np.where(cross, d - d_nxt, 1.0), 0.0)
        point = poly + t[..., None] * (nxt - poly)
        cand = np.stack([poly, point], axis=2).reshape(n, 2 * m, 2)
        keep = np.stack([valid & inside, cross], axis=2).reshape(n, 2 * m)
        pos = np.cumsum(keep, axis=1) - 1
        count = keep.sum(axis=1)
        out = np.zeros((n, m + 1, 2))
        r, k = np.nonzero(keep)
        out[r, pos[r, k]] = cand[r, k]
        slot = np.arange(m + 1)[None, :]
        poly = np.where((slot < count[:, None])[..., None], out, out[:, :1, :])
    nxt = np.roll(poly, -1, axis=1)
    inter = 0.5 * np.abs((poly[..., 0] * nxt[..., 1] - poly[..., 1] * nxt[..., 0]).sum(axis=1))
    union = b1[:, 2] * b1[:, 3] + b2[:, 2] * b2[:, 3] - inter
    out_dtype = np.result_type(np.asarray(boxes1).dtype, np.float32)
    return (inter / union).astype(out_dtype)
