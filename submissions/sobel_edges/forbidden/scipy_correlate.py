"""Calls scipy.ndimage.correlate with zero padding (forbidden)."""
import numpy as np
from scipy import ndimage


def sobel_edges(image):
    kx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=image.dtype)
    return (ndimage.correlate(image, kx, mode="constant", cval=0.0),
            ndimage.correlate(image, kx.T, mode="constant", cval=0.0))
