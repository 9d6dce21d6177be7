# mistake: sums over all classes including j == y, adding delta per sample
# 错误：对所有类别求和，包括 j == y，每个样本多加了一个 delta
import numpy as np


def hinge_loss(scores, labels, delta=1.0):
    n = scores.shape[0]
    correct = scores[np.arange(n), labels][:, None]
    return float(np.maximum(0, scores - correct + delta).sum() / n)
