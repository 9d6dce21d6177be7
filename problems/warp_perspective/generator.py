"""Inputs for warp_perspective: src [H, W] or [C, H, W] (float32 or float64), M [3, 3] float64
mapping source (x, y, 1) to destination, out_size (Ho, Wo).

Homographies are built from four point correspondences (source quad -> destination quad, the
way an inverse perspective mapping is set up), or are plain translations, scalings and
rotations. Every case keeps the homogeneous w of M^-1 (x, y, 1) away from 0 over the whole
destination (between 1/4 and 4 times its value at the other corners, one sign), so no sample
is near infinity. Edge cases: a sub-pixel translation (bilinear weights, the inverse's sign,
the zero border: a constant image shows 1/2 on the border row and column), an upscale by 2,
a non-square image rotated (x and y swapped shows), a strong perspective (IPM trapezoid ->
rectangle: the division by w), a destination larger than the source (zeros outside).
"""

import numpy as np


def _homography(src_pts, dst_pts):
    """The 3x3 H with H (x, y, 1) ~ (x', y', 1) for four correspondences (DLT, H[2, 2] = 1)."""
    A, b = [], []
    for (x, y), (u, v) in zip(src_pts, dst_pts):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); b.append(v)
    h = np.linalg.solve(np.array(A, dtype=np.float64), np.array(b, dtype=np.float64))
    return np.append(h, 1.0).reshape(3, 3)


def _w_ok(M, Ho, Wo):
    """w of M^-1 (x, y, 1) is affine in (x, y): its extremes are at the destination's corners."""
    Minv = np.linalg.inv(M)
    corners = np.array([[0, 0, 1], [Wo - 1, 0, 1], [0, Ho - 1, 1], [Wo - 1, Ho - 1, 1]], dtype=np.float64)
    w = corners @ Minv[2]
    return (np.all(w > 0) or np.all(w < 0)) and np.abs(w).min() > 0.25 * np.abs(w).max()


def _rotation(angle_deg, cx, cy, scale=1.0):
    a = np.deg2rad(angle_deg)
    c, s = scale * np.cos(a), scale * np.sin(a)
    return np.array([[c, -s, cx - c * cx + s * cy], [s, c, cy - s * cx - c * cy], [0, 0, 1.0]])


def _image(rng, shape, mode):
    H, W = shape[-2:]
    if mode == "ramp":  # 10 * row + column (+ 100 * channel)
        base = 10.0 * np.arange(H)[:, None] + np.arange(W)[None, :]
        lead = shape[:-2]
        return np.broadcast_to(base, shape) + (100.0 * np.arange(lead[0])[:, None, None] if lead else 0.0)
    if mode == "ones":
        return np.ones(shape)
    return rng.random(shape)


def generate(rng, shape=(6, 8), out=None, kind="random", image="random", dtype="float32",
             tx=0.0, ty=0.0, scale=1.0, angle=0.0, jitter=0.15, layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    H, W = shape[-2:]
    Ho, Wo = (int(out[0]), int(out[1])) if out is not None else (H, W)
    src = np.ascontiguousarray(_image(rng, shape, image), dtype=dtype)
    if layout == "transposed":  # rows and columns swapped in memory
        src = np.ascontiguousarray(np.swapaxes(src, -1, -2)).swapaxes(-1, -2)
    if kind == "affine":  # scale and rotate about the source centre, then translate
        M = _rotation(angle, (W - 1) / 2, (H - 1) / 2, scale) + 0.0  # no -0.0 in the examples
        M[0, 2] += tx
        M[1, 2] += ty
    elif kind == "ipm":  # a road-like trapezoid in the source -> the full destination rectangle
        for _ in range(100):
            top = rng.uniform(0.25, 0.4) * W
            y_top = rng.uniform(0.3, 0.5) * (H - 1)
            cx = (W - 1) / 2 + rng.uniform(-0.1, 0.1) * W
            quad = [(cx - top / 2, y_top), (cx + top / 2, y_top), (W - 1 + 0.2 * W, H - 1), (-0.2 * W, H - 1)]
            rect = [(0, 0), (Wo - 1, 0), (Wo - 1, Ho - 1), (0, Ho - 1)]
            M = _homography(quad, rect)
            if _w_ok(M, Ho, Wo):
                break
        else:
            raise RuntimeError("no IPM homography with w away from 0")
    elif kind == "random":  # the source corners moved by up to `jitter` of the size, onto the destination
        for _ in range(100):
            quad = [(0, 0), (W - 1, 0), (W - 1, H - 1), (0, H - 1)]
            rect = [(u * (Wo - 1) + rng.uniform(-jitter, jitter) * Wo, v * (Ho - 1) + rng.uniform(-jitter, jitter) * Ho)
                    for u, v in [(0, 0), (1, 0), (1, 1), (0, 1)]]
            M = _homography(quad, rect)
            if _w_ok(M, Ho, Wo) and abs(M[2, 0]) + abs(M[2, 1]) > 1e-3 / max(H, W):
                break
        else:
            raise RuntimeError("no random homography with w away from 0")
    else:
        raise ValueError(kind)
    return {"src": src, "M": np.ascontiguousarray(M, dtype=np.float64), "out_size": (Ho, Wo)}
