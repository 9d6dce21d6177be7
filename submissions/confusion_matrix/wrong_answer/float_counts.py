# mistake: allocates with np.zeros default float64, so counts are returned as floats instead of integers
# 错误：用 np.zeros 默认的 float64 分配，计数以浮点而不是整数返回
"""Classic mistake: np.zeros defaults to float64, so the counts come back as floats."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    cm = np.zeros((num_classes, num_classes))
    np.add.at(cm, (y_true, y_pred), 1)
    return cm
