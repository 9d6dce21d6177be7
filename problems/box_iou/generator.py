"""Inputs for box_iou: two sets of boxes x1, y1, x2, y2 with x2 >= x1 and y2 >= y1.

Random boxes crowd a field that grows with the number of boxes, so every matrix holds
overlapping pairs, pairs disjoint along one axis and pairs disjoint along both (where
a missing clamp at 0 turns two negative extents into a positive "intersection").
"""

import numpy as np


def _random_boxes(rng, n, scale):
    field = scale * max(1.0, np.sqrt(n / 40))
    c = rng.uniform(0, field, size=(n, 2))
    wh = rng.uniform(0.05 * scale, 0.4 * scale, size=(n, 2))
    return np.concatenate([c - wh / 2, c + wh / 2], axis=1)


def generate(rng, mode="random", n=10, m=8, scale=100.0, dtype="float32", layout="contiguous"):
    if mode == "example":
        b1 = [[0, 0, 10, 10], [5, 5, 15, 15]]
        b2 = [[0, 0, 10, 10], [5, 0, 15, 10], [20, 20, 30, 30]]
    elif mode == "identical":
        b1 = _random_boxes(rng, 5, scale)
        b2 = b1[::-1].copy()
    elif mode == "integer":  # small integer boxes: exact, and a +1 in widths changes every value
        xy = rng.integers(0, 8, size=(n + m, 2))
        wh = rng.integers(1, 6, size=(n + m, 2))
        b = np.concatenate([xy, xy + wh], axis=1).astype(np.float64)
        b1, b2 = b[:n], b[n:]
    elif mode == "diagonal_apart":  # pairs apart on both axes: negative width times negative height
        b1 = [[0, 0, 2, 2], [10, 10, 12, 13], [0, 0, 4, 4]]
        b2 = [[5, 5, 8, 9], [1, 1, 3, 3], [-6, 6, -1, 9], [20, 0, 25, 1]]
    elif mode == "degenerate":  # zero-area boxes: a point, lines, and a real box; union 0 gives 0
        b1 = [[1, 1, 1, 1], [0, 2, 4, 2], [0, 0, 4, 4], [3, 3, 3, 3]]
        b2 = [[1, 1, 1, 1], [0, 2, 4, 2], [2, 0, 2, 5], [0, 0, 4, 4], [5, 5, 5, 5]]
    elif mode == "nested":  # containment and shared edges
        b1 = [[0, 0, 10, 10], [2, 2, 4, 4], [10, 0, 20, 10]]
        b2 = [[2, 2, 4, 4], [0, 0, 10, 10], [0, 10, 10, 20], [10, 0, 20, 10], [-5, -5, 25, 25]]
    elif mode == "random":
        b1 = _random_boxes(rng, n, scale)
        b2 = _random_boxes(rng, m, scale) if m else np.zeros((0, 4))
        if n == 0:
            b1 = np.zeros((0, 4))
    else:
        raise ValueError(mode)
    b1 = np.asarray(b1, dtype=np.float64).reshape(-1, 4).astype(dtype)
    b2 = np.asarray(b2, dtype=np.float64).reshape(-1, 4).astype(dtype)
    if layout == "transposed":  # [N, 4] views of [4, N] arrays
        b1 = np.ascontiguousarray(b1.T).T
        b2 = np.ascontiguousarray(b2.T).T
    return {"boxes1": b1, "boxes2": b2}
