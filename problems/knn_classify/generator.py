"""Inputs for knn_classify: train_x [N, D] float64, train_y int64 [N] (non-negative labels),
test_x [M, D] float64, k in [1, N].

Integer modes use small integer coordinates (exact in any arithmetic and any distance
formula), with many exact distance ties and duplicate training points with different
labels. Continuous modes redraw every test point whose k-th and (k+1)-th nearest squared
distances are within a relative 1e-6 of each other, so that every correct distance formula
selects the same neighbours.
"""

import numpy as np

REL_GAP = 1e-6


def _sq(test_x, train_x):
    """Squared distances by expansion in float64: rounding error ~1e-15 of the scale, far below
    REL_GAP for these data (near the origin)."""
    return np.maximum((test_x * test_x).sum(1)[:, None] + (train_x * train_x).sum(1)[None, :]
                      - 2.0 * (test_x @ train_x.T), 0.0)


def _blobs(rng, n, d, classes, spread):
    centers = rng.normal(0, 3.0, (classes, d))
    y = rng.integers(0, classes, n)
    return centers[y] + rng.normal(0, spread, (n, d)), y, centers


def _clear_gap(rng, train_x, test_x, k, draw):
    if k >= len(train_x):
        return test_x
    for _ in range(100):
        d = np.sort(_sq(test_x, train_x), axis=1)
        bad = d[:, k] - d[:, k - 1] <= REL_GAP * d[:, k]
        if not bad.any():
            return test_x
        test_x[bad] = draw(int(bad.sum()))
    raise RuntimeError("could not clear the k-th distance gaps")


def generate(rng, mode="random", n=100, m=20, d=2, k=3, classes=3, spread=1.5, grid=3, labels=None):
    if mode == "example":
        train_x = [[0, 0], [1, 0], [0, 1], [5, 5], [6, 5], [5, 6]]
        train_y = [0, 0, 1, 1, 1, 2]
        test_x = [[0.2, 0.1], [5.5, 5.5], [3, 3]]
        k = 3
    elif mode == "example_ties":  # k = 2: each vote is 1-1, the smaller label wins;
        # (0, 0) is at distance 1 from train points 0, 1, 2, 3: the two lowest indices are the neighbours
        train_x = [[1, 0], [-1, 0], [0, 1], [0, -1], [9, 9]]
        train_y = [3, 1, 0, 0, 2]
        test_x = [[0, 0], [9, 8], [5, 5]]
        k = 2
    elif mode == "integer":  # a small grid: many exact distance ties and duplicate points
        train_x = rng.integers(-grid, grid + 1, (n, d)).astype(np.float64)
        train_y = rng.integers(0, classes, n)
        test_x = rng.integers(-grid, grid + 1, (m, d)).astype(np.float64)
    elif mode == "random":
        train_x, train_y, centers = _blobs(rng, n, d, classes, spread)

        def draw(count):
            return centers[rng.integers(0, classes, count)] + rng.normal(0, spread * 1.5, (count, d))

        test_x = _clear_gap(rng, train_x, draw(m), k, draw)
    else:
        raise ValueError(mode)
    train_y = np.asarray(train_y, dtype=np.int64)
    if labels is not None:  # relabel classes 0.. onto the given (non-contiguous) labels
        train_y = np.asarray(labels, dtype=np.int64)[train_y]
    return {"train_x": np.asarray(train_x, dtype=np.float64), "train_y": train_y,
            "test_x": np.asarray(test_x, dtype=np.float64), "k": int(k)}
