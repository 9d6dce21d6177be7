"""A second style: broadcast labels[..., None] == arange(C), then cast the booleans to uint8."""
import numpy as np


def one_hot(labels, num_classes):
    return (labels[..., None] == np.arange(num_classes)).astype(np.uint8)
