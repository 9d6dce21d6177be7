"""Classic mistake: takes the number of classes from the data (labels.max() + 1), ignoring num_classes."""
import numpy as np


def one_hot(labels, num_classes):
    c = int(labels.max()) + 1 if labels.size else num_classes
    return np.eye(c, dtype=np.int64)[labels]
