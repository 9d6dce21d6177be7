"""Inputs for kmeans: x [N, D], init_centroids [K, D] (same float dtype), n_iters >= 1.

Random cases are blobs; the initial centroids are distinct data points (plus, with
``far``, one centroid far from every point, whose cluster stays empty). The generator
runs Lloyd's algorithm itself and nudges (or redraws) every point that is nearly equidistant
from its two closest distinct centroids at some step (relative gap below 2e-5 in
float32, 1e-12 in float64), so that every correct implementation, whatever its
distance formula or summation order, makes the same assignments. Hand-made cases
use small integers, where exact ties are exact in any arithmetic.
"""

import numpy as np

REL_GAP = {"float32": 2e-5, "float64": 1e-12}

FIXED = {
    # (x, init_centroids, n_iters)
    "example": ([[0, 0], [1, 0], [0, 1], [10, 10], [11, 10], [10, 11]], [[0, 0], [1, 0]], 3),
    "example_empty": ([[0, 0], [0, 2], [4, 0], [4, 2]], [[0, 1], [4, 1], [50, 50]], 2),
    # (1,0) and (1,3) are exactly as far from (0,0) as from (2,0): they go to centroid 0
    "equidistant": ([[1, 0], [1, 3], [-1, 0], [3, 0], [2, 1]], [[0, 0], [2, 0]], 2),
    # centroids 0 and 1 coincide: centroid 0 takes their points, 1 is empty and stays at (0,0),
    # then wins the point (0,0) back in the second round
    "duplicate_init": ([[0, 0], [1, 1], [0, 1], [5, 5], [6, 5]], [[0, 0], [0, 0], [5, 5]], 3),
    # 3 points, 5 centroids: at least two clusters are empty every round
    "more_clusters": ([[0, 0, 1], [4, 0, 0], [0, 3, 0]], [[0, 0, 0], [4, 0, 1], [9, 9, 9], [0, 2, 0], [-7, 1, 2]], 2),
    "single_point": ([[2.5, -1.5]], [[0, 0], [3, -1]], 2),
}


def _sq_dists(X, c):
    """Squared distances in float64 by the expansion; its rounding error (~1e-16 of the scale)
    is far below the gaps kept here."""
    return np.maximum((X * X).sum(1)[:, None] + (c * c).sum(1)[None, :] - 2.0 * (X @ c.T), 0.0)


def _update(X, c, labels):
    K, D = c.shape
    counts = np.bincount(labels, minlength=K)
    sums = np.bincount((labels[:, None] * D + np.arange(D)).ravel(), weights=X.ravel(),
                       minlength=K * D).reshape(K, D)
    c = c.copy()
    c[counts > 0] = sums[counts > 0] / counts[counts > 0, None]
    return c


def _top2_gap(X, c, runner=False):
    """Per point: best centroid, the gap to the closest centroid at a different location,
    and the scale rounding errors grow with."""
    d = _sq_dists(X, c)
    rows = np.arange(len(X))
    best = np.argmin(d, axis=1)
    same = np.all(c[:, None, :] == c[None, :, :], axis=-1)  # [K, K]: same location
    other = np.where(same[best], np.inf, d)
    runner_up = np.argmin(other, axis=1)
    gap = other[rows, runner_up] - d[rows, best]  # inf when every centroid is at one location
    norms = (c * c).sum(1)
    scale = (X * X).sum(1) + np.maximum(norms[best], norms[runner_up])
    return ((best, runner_up) if runner else best), gap, scale


def _near_ties(X, c0, n_iters, rel):
    """Points within (relatively) ``rel`` of a tie at some round, each with the direction
    (towards its closest centroid, away from the runner-up) and the distance that takes it
    to 4x that margin. The first round a point is near a tie decides."""
    c = c0
    todo = {}
    for _ in range(n_iters):
        labels, gap, scale = _top2_gap(X, c, runner=True)
        best, runner_up = labels
        for i in np.flatnonzero(gap < rel * scale):
            if i not in todo:
                u = c[best[i]] - c[runner_up[i]]
                norm = np.sqrt((u * u).sum())
                todo[i] = (u / norm, (4 * rel * scale[i] - gap[i]) / (2 * norm))
        c = _update(X, c, best)
    return todo


def _trajectory(X, c0, n_iters):
    """Centroids before each round and after the last, labels of each round."""
    cs, labels = [c0], []
    for _ in range(n_iters):
        labels.append(np.argmin(_sq_dists(X, cs[-1]), axis=1))
        cs.append(_update(X, cs[-1], labels[-1]))
    return cs, labels


def _blobs(rng, n, centers, spread):
    return centers[rng.integers(0, len(centers), n)] + rng.normal(0.0, spread, (n, centers.shape[1]))


def _stalls_then_moves(X, c0, n_iters):
    """Some round moves every centroid by less than np.allclose's default tolerance, yet the
    assignments still change afterwards: stopping there early gives another answer."""
    cs, labels = _trajectory(X, c0, n_iters)
    for t in range(1, n_iters - 1):
        step = np.abs(cs[t + 1] - cs[t])
        if step.max() > 0 and np.all(step <= 1e-8 + 1e-5 * np.abs(cs[t])) \
                and (labels[-1] != labels[t]).any():
            return True
    return False


def _random_case(rng, N, K, D, blobs, spread, box, n_iters, offset, far, dtype):
    centers = rng.uniform(-box, box, (blobs or K, D))
    x = (_blobs(rng, N, centers, spread) + offset).astype(dtype).astype(np.float64)
    c0 = x[rng.choice(N, K, replace=False)].copy()
    if far:  # one centroid far outside the data: its cluster is empty from the start
        far_point = offset + 20.0 * box * np.sign(rng.normal(size=D)) + rng.normal(0, 1, D)
        c0[-1] = np.asarray(far_point, dtype=dtype)
    # Nudge every point that is nearly equidistant from two centroids at some round a tiny
    # step towards its closest one (a point moved by d moves a centroid by d/n: the rest of the
    # trajectory barely changes), until no point is near a tie. A point that comes back (its
    # own assignment flips the tie) is drawn again instead.
    seen = np.zeros(N, dtype=np.int64)
    for _ in range(100):
        todo = _near_ties(x, c0, n_iters, REL_GAP[dtype])
        if not todo:
            return x, c0
        for i, (u, step) in todo.items():
            seen[i] += 1
            if seen[i] > 1:
                x[i] = _blobs(rng, 1, centers, spread)[0] + offset
            else:
                x[i] = x[i] + u * (step + 1e-6 * np.abs(x[i]).max())  # at least a few float32 ulps
        x = x.astype(dtype).astype(np.float64)
    raise RuntimeError("could not move every point away from a tie")


def _dense_ties(rng, N, K, D, locations, n_iters):
    """Integer points and K centroids at a few integer locations, each location held by many
    centroids in shuffled order: every point is exactly as far from all copies of its nearest
    location, so only the lowest of their indices is right, and there are more copies than the
    small-input (insertion sort) path of numpy's and torch's sorts keeps in order. The copies
    that win nothing keep their place, so the ties last every round; a draw whose later rounds
    put a point near a tie between distinct locations (inexact there) is drawn again."""
    grid = np.stack(np.meshgrid(*[np.arange(-4, 5)] * D, indexing="ij"), -1).reshape(-1, D)
    for _ in range(100):
        locs = grid[rng.choice(len(grid), locations, replace=False)].astype(np.float64)
        c0 = locs[rng.permutation(np.arange(K) % locations)]
        x = rng.integers(-6, 7, size=(N, D)).astype(np.float64)
        cs, _ = _trajectory(x, c0, n_iters)
        if all((gap >= REL_GAP["float32"] * scale).all()
               for gap, scale in (_top2_gap(x, c)[1:] for c in cs[1:n_iters])):
            return x, c0
    raise RuntimeError("no dense-ties case without a near tie after the first round")


def generate(rng, mode="random", N=100, K=4, D=2, blobs=None, spread=1.5, box=10.0, n_iters=5,
             offset=0.0, far=False, moving=False, dtype="float32", layout="contiguous", locations=3):
    if mode in FIXED:
        x, c0, n_iters = FIXED[mode]
        x, c0 = np.asarray(x, dtype=np.float64), np.asarray(c0, dtype=np.float64)
    elif mode == "dense_ties":
        x, c0 = _dense_ties(rng, N, K, D, locations, n_iters)
    elif mode == "slow":  # redraw until stopping at a tiny step would be wrong
        for _ in range(50):
            x, c0 = _random_case(rng, N, K, D, blobs, spread, box, n_iters, offset, far, dtype)
            if _stalls_then_moves(x, c0, n_iters):
                break
        else:
            raise RuntimeError("no slowly converging case found")
    else:
        for _ in range(50):
            x, c0 = _random_case(rng, N, K, D, blobs, spread, box, n_iters, offset, far, dtype)
            # moving: not converged, one more assignment would change labels (so labels taken
            # after the last update, or extra rounds, give another answer)
            if not moving or (lambda lab: (lab[-1] != lab[-2]).any())(_trajectory(x, c0, n_iters + 1)[1]):
                break
        else:
            raise RuntimeError("no unconverged case found")
    x = x.astype(dtype)
    if layout == "fortran":  # a non-contiguous [N, D] view (column-major)
        x = np.ascontiguousarray(x.T).T
    return {"x": x, "init_centroids": np.asarray(c0, dtype=dtype), "n_iters": int(n_iters)}
