"""Stable sigmoid through e = exp(-|x|): 1/(1+e) for x >= 0, e/(1+e) for x < 0 (np.where)."""
import numpy as np


def sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(x.dtype, copy=False)
