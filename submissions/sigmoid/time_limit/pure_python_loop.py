"""Correct and stable, but one Python loop iteration per element."""
import math

import numpy as np


def sigmoid(x):
    out = []
    for v in x.reshape(-1).tolist():
        if v >= 0:
            out.append(1.0 / (1.0 + math.exp(-v)))
        else:
            e = math.exp(v)
            out.append(e / (1.0 + e))
    return np.array(out, dtype=x.dtype).reshape(x.shape)
