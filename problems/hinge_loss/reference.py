import numpy as np


def hinge_loss(scores, labels, delta=1.0):
    """Weston-Watkins multi-class hinge: mean over rows of sum_{j != y} max(0, s_j - s_y + delta)."""
    n = scores.shape[0]
    rows = np.arange(n)
    correct = scores[rows, labels]
    margins = np.maximum(scores - correct[:, None] + delta, 0)
    margins[rows, labels] = 0
    return float(margins.sum(dtype=np.float64) / n)
