"""Calls torch.nn.functional.binary_cross_entropy (forbidden: the torch module)."""
import numpy as np
import torch
import torch.nn.functional as F


def bce(p, y, eps=1e-7):
    pt = torch.from_numpy(np.clip(p, eps, 1 - eps))
    return F.binary_cross_entropy(pt, torch.from_numpy(y)).item()
