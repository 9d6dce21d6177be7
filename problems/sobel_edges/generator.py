"""Inputs for sobel_edges: one grayscale image [H, W], float32 or float64.

Edge cases: an impulse (its response is the kernel itself, mirrored: a flipped
convolution changes every sign), ramps along one axis (gx and gy swapped show at once),
a step edge, images of one row or column, integer pixel values up to 255 (exact sums).
Random images are uniform in [0, 1).
"""

import numpy as np


def generate(rng, mode="random", shape=(8, 8), dtype="float32", layout="contiguous"):
    h, w = (int(s) for s in shape)
    if mode == "example":
        img = np.zeros((5, 5))
        img[:, 3:] = 1.0
        img[2, 1] = 0.5
    elif mode == "impulse":
        img = np.zeros((h, w))
        img[h // 2, w // 2] = 1.0
    elif mode == "ramp_x":  # increases to the right
        img = np.tile(np.arange(w, dtype=np.float64) / w, (h, 1))
    elif mode == "ramp_y":  # increases downward
        img = np.tile((np.arange(h, dtype=np.float64) / h)[:, None], (1, w))
    elif mode == "step":  # a bright block off-centre: edges of both orientations
        img = np.zeros((h, w))
        img[h // 3:, w // 4: 3 * w // 4] = 1.0
    elif mode == "pixels":  # 8-bit pixel values as floats: every sum is an exact integer
        img = rng.integers(0, 256, size=(h, w)).astype(np.float64)
    elif mode == "random":
        img = rng.random((h, w))
    else:
        raise ValueError(mode)
    img = img.astype(dtype)
    if layout == "transposed":
        img = np.ascontiguousarray(img.T).T
    return {"image": img}
