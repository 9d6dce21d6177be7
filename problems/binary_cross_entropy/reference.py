import numpy as np


def bce(p, y, eps=1e-7):
    """Clip p to [eps, 1 - eps] in its own dtype, then the mean of the element losses."""
    pc = np.clip(p, eps, 1.0 - eps)
    return float(-np.mean(y * np.log(pc) + (1.0 - y) * np.log(1.0 - pc)))
