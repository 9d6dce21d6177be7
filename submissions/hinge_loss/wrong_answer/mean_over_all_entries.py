# mistake: averages over all N * C entries instead of over the N samples
# 错误：对全部 N * C 个元素取平均，而不是对 N 个样本取平均
import numpy as np


def hinge_loss(scores, labels, delta=1.0):
    n = scores.shape[0]
    rows = np.arange(n)
    margins = np.maximum(0, scores - scores[rows, labels][:, None] + delta)
    margins[rows, labels] = 0
    return float(margins.mean())
