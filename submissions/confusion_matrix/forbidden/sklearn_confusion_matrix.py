"""Calls the library: sklearn.metrics.confusion_matrix."""
import numpy as np
from sklearn.metrics import confusion_matrix as _cm


def confusion_matrix(y_true, y_pred, num_classes):
    return _cm(y_true, y_pred, labels=np.arange(num_classes))
