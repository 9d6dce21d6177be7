"""Correct, but a Python loop over every pixel and every kernel weight."""
import numpy as np


def sobel_edges(image):
    h, w = image.shape
    kx = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]
    img = image.tolist()
    gx = np.zeros((h, w), dtype=image.dtype)
    gy = np.zeros((h, w), dtype=image.dtype)
    for i in range(h):
        for j in range(w):
            sx = sy = 0.0
            for a in range(3):
                r = i + a - 1
                if 0 <= r < h:
                    for b in range(3):
                        c = j + b - 1
                        if 0 <= c < w:
                            sx += kx[a][b] * img[r][c]
                            sy += kx[b][a] * img[r][c]
            gx[i, j] = sx
            gy[i, j] = sy
    return gx, gy
