# mistake: returns np.eye(C)[labels], which is float64 instead of an integer dtype
# 错误：返回 np.eye(C)[labels]，结果是 float64 而不是整数类型
"""Contract mistake: np.eye(C)[labels] is float64; the output must be an integer dtype."""
import numpy as np


def one_hot(labels, num_classes):
    return np.eye(num_classes)[labels]
