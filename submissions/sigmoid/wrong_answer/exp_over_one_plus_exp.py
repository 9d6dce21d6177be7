"""Classic mistake: exp(x) / (1 + exp(x)); for large positive x this is inf / inf = nan."""
import numpy as np


def sigmoid(x):
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(x)
        return e / (1 + e)
