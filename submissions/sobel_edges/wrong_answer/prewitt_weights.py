# mistake: uses the Prewitt weights [1, 1, 1] instead of Sobel's [1, 2, 1] across the difference
# 错误：用了 Prewitt 权重 [1, 1, 1]，而不是 Sobel 的 [1, 2, 1]
import numpy as np


def sobel_edges(image):
    """Classic mistake: Prewitt kernels (no 2 in the middle row/column)."""
    p = np.pad(image, 1)
    d = p[:, 2:] - p[:, :-2]
    e = p[2:, :] - p[:-2, :]
    return d[:-2] + d[1:-1] + d[2:], e[:, :-2] + e[:, 1:-1] + e[:, 2:]
