import numpy as np


def sigmoid(x):
    """Stable logistic: with e = exp(-|x|) (never overflows), 1/(1+e) for x >= 0 and e/(1+e) for x < 0."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1, e) / (1 + e)
