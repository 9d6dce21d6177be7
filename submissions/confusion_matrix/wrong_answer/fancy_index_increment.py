# mistake: uses cm[y_true, y_pred] += 1, which is buffered so repeated pairs count once; needs np.add.at
# 错误：用 cm[y_true, y_pred] += 1 计数，花式索引自增有缓冲，重复的对只记一次；应该用 np.add.at
"""Classic mistake: `cm[y_true, y_pred] += 1` is buffered, so a repeated pair counts once."""
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    cm = np.zeros((num_classes, num_classes), dtype=np.int64)
    cm[y_true, y_pred] += 1
    return cm
