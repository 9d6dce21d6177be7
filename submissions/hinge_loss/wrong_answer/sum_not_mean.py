# mistake: forgets the mean over samples and returns the sum of the per-row losses
# 错误：忘了对样本取平均，返回各行损失之和
import numpy as np


def hinge_loss(scores, labels, delta=1.0):
    n = scores.shape[0]
    rows = np.arange(n)
    margins = np.maximum(0, scores - scores[rows, labels][:, None] + delta)
    margins[rows, labels] = 0
    return float(margins.sum())
