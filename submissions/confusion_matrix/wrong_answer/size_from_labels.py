# mistake: takes the matrix size from the labels seen (max + 1) instead of num_classes
# 错误：矩阵大小取自出现过的标签（max + 1），而不是 num_classes
"""Classic mistake: the size is taken from the labels seen (max + 1), not num_classes."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    c = int(max(y_true.max(initial=0), y_pred.max(initial=0))) + 1
    return np.bincount(y_true * c + y_pred, minlength=c * c).reshape(c, c)
