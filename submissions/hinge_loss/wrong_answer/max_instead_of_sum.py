# mistake: takes the max violation over the other classes (Crammer-Singer) instead of their sum
# 错误：对其他类别的违反量取最大值（Crammer-Singer），而不是求和
import numpy as np


def hinge_loss(scores, labels, delta=1.0):
    n = scores.shape[0]
    rows = np.arange(n)
    margins = np.maximum(0, scores - scores[rows, labels][:, None] + delta)
    margins[rows, labels] = 0
    return float(margins.max(axis=1).mean())
