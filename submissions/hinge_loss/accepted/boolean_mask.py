"""Another style: a boolean mask of the other classes, np.where, mean of row sums."""
import numpy as np


def hinge_loss(scores, labels, delta=1.0):
    n, c = scores.shape
    mask = np.arange(c)[None, :] != labels[:, None]
    true_scores = scores[np.arange(n), labels][:, None]
    m = np.where(mask, np.clip(scores - true_scores + delta, 0, None), 0)
    return m.sum(axis=1).mean()
