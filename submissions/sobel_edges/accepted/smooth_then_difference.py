"""Separable Sobel, smoothing first: [1, 2, 1] across the gradient direction, then the central difference."""
import numpy as np


def sobel_edges(image):
    p = np.pad(image, 1, mode="constant")
    s_rows = p[:-2] + 2 * p[1:-1] + p[2:]             # [H, W + 2], smoothed vertically
    gx = s_rows[:, 2:] - s_rows[:, :-2]
    s_cols = p[:, :-2] + 2 * p[:, 1:-1] + p[:, 2:]    # [H + 2, W], smoothed horizontally
    gy = s_cols[2:] - s_cols[:-2]
    return gx, gy
