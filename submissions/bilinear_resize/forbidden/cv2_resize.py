"""Forbidden: cv2.resize per channel (its INTER_LINEAR is the half-pixel convention)."""
import cv2
import numpy as np


def bilinear_resize(x, out_size, align_corners):
    H, W = x.shape[-2:]
    flat = x.reshape(-1, H, W)
    out = np.stack([cv2.resize(c, (out_size[1], out_size[0]), interpolation=cv2.INTER_LINEAR) for c in flat])
    return out.reshape(x.shape[:-2] + tuple(out_size))
