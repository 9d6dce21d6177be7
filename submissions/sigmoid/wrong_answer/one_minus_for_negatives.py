"""Classic mistake: 1 - sigmoid(-x) for negative x; the subtraction cancels and tiny values become 0."""
import numpy as np


def sigmoid(x):
    p = 1 / (1 + np.exp(-np.abs(x)))
    return np.where(x >= 0, p, 1 - p)
