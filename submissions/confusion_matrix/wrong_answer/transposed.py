# mistake: rows are the predicted class and columns the true class (transposed); rows should be true labels
# 错误：行是预测类别、列是真实类别（转置了）；行应该是真实标签
"""Classic mistake: rows are the predicted class and columns the true class (transposed)."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    c = num_classes
    return np.bincount(y_pred * c + y_true, minlength=c * c).reshape(c, c)
