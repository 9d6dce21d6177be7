"""Inputs for bilinear_resize: x [C, H, W] or [N, C, H, W] (float32 or float64), out_size
(Ho, Wo), align_corners.

Values are uniform in [0, 1) (image-like), or a ramp in the examples (its output shows where
each output pixel samples). Edge cases: upsampling with align_corners=False (the first
output pixels map to negative source coordinates, which must be clamped to 0), downsampling,
non-integer ratios in opposite directions on the two axes, output size 1 (align_corners=True
maps it to source 0, False to the centre), input size 1, the identity size, a non-contiguous
view.
"""

import numpy as np


def generate(rng, shape=(1, 4, 4), out=(8, 8), align_corners=False, dtype="float32", mode="random",
             layout="contiguous"):
    shape = tuple(int(s) for s in shape)
    if mode == "ramp":  # value = 10 * row + column: each output tells the point it sampled
        H, W = shape[-2:]
        base = 10.0 * np.arange(H)[:, None] + np.arange(W)[None, :]
        x = np.broadcast_to(base, shape) + 100.0 * np.arange(shape[-3])[:, None, None]
    else:
        x = rng.random(shape)
    x = np.ascontiguousarray(x, dtype=dtype)
    if layout == "transposed":  # H and W swapped in memory
        x = np.ascontiguousarray(np.swapaxes(x, -1, -2)).swapaxes(-1, -2)
    return {"x": x, "out_size": (int(out[0]), int(out[1])), "align_corners": bool(align_corners)}
