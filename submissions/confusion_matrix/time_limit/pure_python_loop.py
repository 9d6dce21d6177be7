"""Correct, but one Python iteration per sample."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    cm = [[0] * num_classes for _ in range(num_classes)]
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        cm[t][p] += 1
    return np.array(cm, dtype=np.int64).reshape(num_classes, num_classes)
