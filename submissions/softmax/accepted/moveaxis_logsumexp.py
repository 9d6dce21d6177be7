import numpy as np


def softmax(x, axis=-1):
    """A second style: move the axis last, work on rows, use the log-sum-exp form.

    ``shifted - log(sum)`` keeps full precision: the large maximum is removed first.
    """
    moved = np.moveaxis(x, axis, -1)
    shifted = moved - moved.max(axis=-1, keepdims=True)
    out = np.exp(shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True)))
    return np.moveaxis(out, -1, axis)
