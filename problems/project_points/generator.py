"""Inputs for project_points: points [N, 3] in world coordinates, R [3, 3] (a rotation), t [3],
K [3, 3] (upper triangular, K[2] = (0, 0, 1)), all of one float dtype.

The points are drawn in the camera frame (depth z in [zmin, zmax], x and y inside the
field of view widened by ``spread``) and mapped to the world with X = R^T (X_cam - t), so
the expected depths and pixels are under control. ``behind`` is the fraction of points
put behind the camera (z in [-zmax, -zmin]): they are projected by the same formula. No
depth is ever within ``zmin`` (>= 0.5) of 0.
"""

import numpy as np


def _rotation(rng):
    q = rng.standard_normal(4)
    w, x, y, z = q / np.linalg.norm(q)
    return np.array([[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
                     [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
                     [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]])


def generate(rng, N=10, dtype="float32", mode="random", zmin=1.0, zmax=40.0, behind=0.0, spread=1.2,
             skew=0.0, image=(480, 640), translation=10.0, layout="contiguous"):
    h, w = image
    if mode == "example":  # a camera at the origin looking down +z, a few hand-placed points
        R = np.eye(3)
        t = np.zeros(3)
        K = np.array([[100.0, 0, 64], [0, 100.0, 48], [0, 0, 1]])
        points = np.array([[0.0, 0, 2], [1, 0, 4], [0, -1, 5], [-2, 1, 10]])
    elif mode == "example_pose":  # the camera turned 90 degrees about y and moved: R and t matter
        R = np.array([[0.0, 0, -1], [0, 1, 0], [1, 0, 0]])
        t = np.array([0.5, -0.25, 3.0])
        K = np.array([[200.0, 0, 160], [0, 180, 120], [0, 0, 1]])
        points = np.array([[2.0, 0, 0], [1, 1, -1], [-1, 0.5, 2], [0, 0, -4]])
    else:
        R = _rotation(rng)
        t = rng.uniform(-translation, translation, 3)
        f = rng.uniform(0.8, 1.5) * w
        K = np.array([[f * rng.uniform(0.95, 1.05), skew * f, w / 2 + rng.uniform(-20, 20)],
                      [0.0, f * rng.uniform(0.95, 1.05), h / 2 + rng.uniform(-20, 20)],
                      [0.0, 0.0, 1.0]])
        z = rng.uniform(zmin, zmax, N)
        z[rng.random(N) < behind] *= -1.0
        x = rng.uniform(-spread, spread, N) * (w / 2) / K[0, 0] * np.abs(z)
        y = rng.uniform(-spread, spread, N) * (h / 2) / K[1, 1] * np.abs(z)
        cam = np.stack([x, y, z], axis=1)
        points = (cam - t) @ R                     # X = R^T (X_cam - t), row by row
    points = np.ascontiguousarray(points, dtype=dtype)
    if layout == "fortran":  # a non-contiguous [N, 3] view (column-major)
        points = np.asfortranarray(points)
    return {"points": points, "R": np.asarray(R, dtype=dtype),
            "t": np.asarray(t, dtype=dtype), "K": np.asarray(K, dtype=dtype)}
