import numpy as np


def softmax(x, axis=-1):
    """Stable softmax along ``axis``: subtract each slice's own maximum, exponentiate, normalise."""
    m = np.max(x, axis=axis, keepdims=True)
    e = np.exp(x - m)
    e /= np.sum(e, axis=axis, keepdims=True)
    return e
