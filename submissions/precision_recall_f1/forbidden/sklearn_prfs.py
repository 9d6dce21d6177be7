"""Calls the library: sklearn.metrics.precision_recall_fscore_support."""
import numpy as np
from sklearn.metrics import precision_recall_fscore_support


def precision_recall_f1(y_true, y_pred, num_classes, average):
    p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, labels=np.arange(num_classes),
                                                 average=average, zero_division=0)
    return p, r, f
