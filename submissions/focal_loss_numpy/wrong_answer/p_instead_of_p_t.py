# mistake: uses (1 - p)^gamma with p = sigmoid(x) instead of (1 - p_t)^gamma
# 错误：调制因子用 (1 - p)^gamma（p = sigmoid(x)），而不是 (1 - p_t)^gamma
import numpy as np


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0):
    x, t = inputs, targets
    e = np.exp(-np.abs(x))
    ce = np.maximum(x, 0) - x * t + np.log1p(e)
    p = np.where(x >= 0, 1 / (1 + e), e / (1 + e))
    loss = ce * (1 - p) ** gamma
    if alpha >= 0:
        loss = (alpha * t + (1 - alpha) * (1 - t)) * loss
    return float(loss.mean())
