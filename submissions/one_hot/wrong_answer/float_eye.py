"""Contract mistake: np.eye(C)[labels] is float64; the output must be an integer dtype."""
import numpy as np


def one_hot(labels, num_classes):
    return np.eye(num_classes)[labels]
