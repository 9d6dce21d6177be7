"""Forbidden: hands the array to torch.nn.functional.interpolate."""
import numpy as np
import torch
import torch.nn.functional as F


def bilinear_resize(x, out_size, align_corners):
    t = torch.from_numpy(np.ascontiguousarray(x))
    squeeze = t.dim() == 3
    if squeeze:
        t = t[None]
    y = F.interpolate(t, size=tuple(out_size), mode="bilinear", align_corners=align_corners)
    return (y[0] if squeeze else y).numpy()
