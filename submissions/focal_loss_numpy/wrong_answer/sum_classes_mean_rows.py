# mistake: sums over the last (class) axis and averages over the others, not the mean over all elements
# 错误：先对最后一维（类别）求和再对其余维取平均，而不是对所有元素取平均
import numpy as np


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0):
    x, t = inputs, targets
    e = np.exp(-np.abs(x))
    ce = np.maximum(x, 0) - x * t + np.log1p(e)
    p = np.where(x >= 0, 1 / (1 + e), e / (1 + e))
    p_t = p * t + (1 - p) * (1 - t)
    loss = ce * (1 - p_t) ** gamma
    if alpha >= 0:
        loss = (alpha * t + (1 - alpha) * (1 - t)) * loss
    return float(loss.sum(-1).mean())
