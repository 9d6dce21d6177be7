"""Another style: work in float64, clip with minimum/maximum, log1p for log(1 - p), sum / size."""
import numpy as np


def bce(p, y, eps=1e-7):
    p = np.minimum(np.maximum(p.astype(np.float64), eps), 1.0 - eps)
    y = y.astype(np.float64)
    total = -(np.sum(y * np.log(p)) + np.sum((1.0 - y) * np.log1p(-p)))
    return total / p.size
