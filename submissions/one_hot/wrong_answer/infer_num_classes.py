# mistake: infers the class count from labels.max() + 1 instead of using num_classes
# 错误：用 labels.max() + 1 推断类别数，而不是使用 num_classes
"""Classic mistake: takes the number of classes from the data (labels.max() + 1), ignoring num_classes."""
import numpy as np


def one_hot(labels, num_classes):
    c = int(labels.max()) + 1 if labels.size else num_classes
    return np.eye(c, dtype=np.int64)[labels]
