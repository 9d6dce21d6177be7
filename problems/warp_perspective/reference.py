import numpy as np


def warp_perspective(src, M, out_size):
    """Inverse mapping: each destination pixel samples the source at M^-1 (x, y, 1), bilinearly, on a
    zero-padded copy of the source (neighbours outside the image read 0)."""
    Ho, Wo = int(out_size[0]), int(out_size[1])
    H, W = src.shape[-2:]
    Minv = np.linalg.inv(np.asarray(M, dtype=np.float64))
    xs = np.arange(Wo, dtype=np.float64)
    ys = np.arange(Ho, dtype=np.float64)[:, None]
    z = Minv[2, 0] * xs + Minv[2, 1] * ys + Minv[2, 2]
    sx = (Minv[0, 0] * xs + Minv[0, 1] * ys + Minv[0, 2]) / z          # [Ho, Wo] source column
    sy = (Minv[1, 0] * xs + Minv[1, 1] * ys + Minv[1, 2]) / z          # [Ho, Wo] source row
    # A sample at or beyond -1 (or W) has no neighbour inside the image: clipping it there keeps it
    # at 0 and lets floor fit an int. On the zero-padded image, source index i is i + 1.
    sx = np.clip(sx, -1.0, float(W))
    sy = np.clip(sy, -1.0, float(H))
    x0f = np.floor(sx)
    y0f = np.floor(sy)
    fx = sx - x0f
    fy = sy - y0f
    x0 = x0f.astype(np.int64) + 1                                     # in [0, W + 1]
    y0 = y0f.astype(np.int64) + 1
    x1 = np.minimum(x0 + 1, W + 1)                                    # clipped only where fx == 0
    y1 = np.minimum(y0 + 1, H + 1)
    lead = src.shape[:-2]
    pad = np.zeros(lead + (H + 2, W + 2), dtype=src.dtype)
    pad[..., 1:H + 1, 1:W + 1] = src
    flat = pad.reshape(lead + ((H + 2) * (W + 2),))
    Wp = W + 2

    def at(yy, xx):
        return np.take(flat, yy * Wp + xx, axis=-1)

    top = at(y0, x0) * (1.0 - fx) + at(y0, x1) * fx
    bot = at(y1, x0) * (1.0 - fx) + at(y1, x1) * fx
    return (top * (1.0 - fy) + bot * fy).astype(src.dtype, copy=False)
