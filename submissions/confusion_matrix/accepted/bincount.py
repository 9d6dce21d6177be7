"""One bincount over the flattened cell index y_true * C + y_pred."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    c = num_classes
    return np.bincount(y_true * c + y_pred, minlength=c * c).reshape(c, c)
