import numpy as np


def softmax(x, axis=-1):
    """Classic mistake: one maximum for the whole array; slices far below it underflow to 0/0."""
    e = np.exp(x - np.max(x))
    return e / e.sum(axis=axis, keepdims=True)
