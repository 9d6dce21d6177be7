"""Forbidden: cv2.warpPerspective with bilinear interpolation and a constant zero border."""
import cv2
import numpy as np


def warp_perspective(src, M, out_size):
    Ho, Wo = out_size
    planes = src.reshape((-1,) + src.shape[-2:])
    out = [cv2.warpPerspective(p, M, (Wo, Ho), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
           for p in planes]
    return np.stack(out).reshape(src.shape[:-2] + (Ho, Wo))
