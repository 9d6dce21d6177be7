import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    """One bincount over the flattened cell index true * C + pred."""
    c = int(num_classes)
    flat = np.asarray(y_true, dtype=np.int64) * c + np.asarray(y_pred, dtype=np.int64)
    return np.bincount(flat, minlength=c * c).reshape(c, c).astype(np.int64, copy=False)
