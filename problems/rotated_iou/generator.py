"""Inputs for rotated_iou: boxes1 [N, 5] and boxes2 [N, 5] (cx, cy, w, h, angle in radians,
counter-clockwise), same float dtype, w and h > 0; the IoU is taken row by row.

Random pairs are drawn so that most overlap (box 2's centre near box 1's): every mistake
(angle ignored, degrees, clockwise rotation, union without the intersection) changes them.
"""

import numpy as np

HALF_PI = np.pi / 2


def _pairs(rng, n, scale, spread, offset, angles):
    c1 = rng.uniform(0, scale, (n, 2)) + offset
    wh1 = rng.uniform(0.2, 1.0, (n, 2)) * scale / 2.5
    wh2 = rng.uniform(0.2, 1.0, (n, 2)) * scale / 2.5
    c2 = c1 + rng.normal(0, spread * scale / 5, (n, 2))
    a1 = rng.uniform(-angles, angles, n)
    a2 = rng.uniform(-angles, angles, n)
    return np.column_stack([c1, wh1, a1]), np.column_stack([c2, wh2, a2])


def generate(rng, mode="random", n=10, scale=20.0, spread=1.0, offset=0.0, angles=np.pi,
             dtype="float32", layout="contiguous"):
    if mode == "example":
        b1 = [[0, 0, 4, 2, 0.0], [0, 0, 2, 2, 0.0], [0, 0, 4, 4, 0.3], [10, 10, 2, 2, 0.5], [1, 1, 2, 4, 0.0]]
        b2 = [[0, 0, 4, 2, 0.0], [0, 0, 2, 2, np.pi / 4], [1, 1, 4, 4, 0.3], [-10, 0, 3, 1, 1.0], [2, 1, 2, 4, 0.5]]
    elif mode == "identical":
        b1, _ = _pairs(rng, n, scale, 1.0, 0.0, np.pi)
        b2 = b1.copy()
    elif mode == "quarter_turns":
        # the same rectangle described with w and h swapped and a quarter turn (IoU 1), the
        # same w, h turned by k * pi/2 (a cross when k is odd), and half and full turns
        b1, _ = _pairs(rng, n, scale, 1.0, 0.0, np.pi)
        k = rng.integers(-4, 5, n)
        swap = rng.random(n) < 0.5
        b2 = b1.copy()
        b2[:, 4] = b1[:, 4] + k * HALF_PI
        odd = (k % 2 == 1) & swap
        b2[odd, 2], b2[odd, 3] = b1[odd, 3], b1[odd, 2]
        b1[:3, 4] = [0.0, HALF_PI, np.pi]  # axis-aligned ones too
    elif mode == "nested":  # box 2 strictly inside box 1 (its circumscribed circle fits)
        b1, _ = _pairs(rng, n, scale, 1.0, 0.0, np.pi)
        r = 0.45 * np.minimum(b1[:, 2], b1[:, 3])
        wh = rng.uniform(0.2, 1.0, (n, 2))
        wh = wh / np.linalg.norm(wh, axis=1, keepdims=True) * r[:, None] * rng.uniform(0.3, 1.0, (n, 1)) * 2
        shift = (r - np.linalg.norm(wh, axis=1) / 2)[:, None] * rng.uniform(-0.7, 0.7, (n, 2))
        b2 = np.column_stack([b1[:, :2] + shift, wh, rng.uniform(-np.pi, np.pi, n)])
        flip = rng.random(n) < 0.5  # either argument may hold the outer box
        b1[flip], b2[flip] = b2[flip].copy(), b1[flip].copy()
    elif mode == "touching":
        # boxes sharing an edge or a corner, axis-aligned and rotated: intersection 0
        b1, _ = _pairs(rng, n, scale, 1.0, 0.0, np.pi)
        side = rng.integers(0, 4, n)
        a = b1[:, 4]
        u = np.column_stack([np.cos(a), np.sin(a)])  # box 1's width axis
        v = np.column_stack([-np.sin(a), np.cos(a)])  # its height axis
        w, h = b1[:, 2:3], b1[:, 3:4]
        w2 = rng.uniform(0.2, 1.0, (n, 1)) * scale / 2.5
        d = np.where(side[:, None] == 0, u * (w / 2 + w2 / 2), 0) + np.where(side[:, None] == 1, -u * (w / 2 + w2 / 2), 0) \
            + np.where(side[:, None] == 2, v * (h / 2 + w2 / 2), 0) + np.where(side[:, None] == 3, -v * (h / 2 + w2 / 2), 0)
        b2 = np.column_stack([b1[:, :2] + d, w2, w2, a + rng.integers(-2, 3, n) * HALF_PI])
        b1[:4, 4] = 0.0
        b2[:4, 4] = 0.0
        b1[:4, :4] = [[0, 0, 2, 2], [0, 0, 2, 2], [5, 5, 2, 4], [5, 5, 2, 4]]
        b2[:4, :4] = [[2, 0, 2, 2], [2, 2, 2, 2], [5, 8, 4, 2], [2, 5, 4, 4]]
    elif mode == "disjoint":
        b1, b2 = _pairs(rng, n, scale, 1.0, 0.0, np.pi)
        b2[:, :2] = b1[:, :2] + rng.choice([-1.0, 1.0], (n, 2)) * 2.5 * scale
    elif mode == "tiny":  # boxes about 1e-3 wide, overlapping, at coordinates around 1
        b1, b2 = _pairs(rng, n, 1e-3, 1.0, 1.0, np.pi)
    elif mode == "random":
        if n == 0:
            b1, b2 = np.zeros((0, 5)), np.zeros((0, 5))
        else:
            b1, b2 = _pairs(rng, n, scale, spread, offset, angles)
    else:
        raise ValueError(mode)
    b1 = np.asarray(b1, dtype=np.float64).reshape(-1, 5).astype(dtype)
    b2 = np.asarray(b2, dtype=np.float64).reshape(-1, 5).astype(dtype)
    if layout == "transposed":  # [N, 5] views of [5, N] arrays
        b1 = np.ascontiguousarray(b1.T).T
        b2 = np.ascontiguousarray(b2.T).T
    return {"boxes1": b1, "boxes2": b2}
