"""A third style: zeros, then np.put_along_axis with the labels as indices along a new last axis."""
import numpy as np


def one_hot(labels, num_classes):
    out = np.zeros(labels.shape + (num_classes,), dtype=np.int32)
    np.put_along_axis(out, labels[..., None].astype(np.intp), 1, axis=-1)
    return out
