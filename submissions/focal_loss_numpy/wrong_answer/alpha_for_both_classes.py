# mistake: weights every element by alpha, negatives included, instead of alpha_t (1 - alpha for negatives)
# 错误：所有元素都乘 alpha（负类也是），而不是 alpha_t（负类应为 1 - alpha）
import numpy as np


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0):
    x, t = inputs, targets
    e = np.exp(-np.abs(x))
    ce = np.maximum(x, 0) - x * t + np.log1p(e)
    p = np.where(x >= 0, 1 / (1 + e), e / (1 + e))
    p_t = p * t + (1 - p) * (1 - t)
    loss = ce * (1 - p_t) ** gamma
    if alpha >= 0:
        loss = alpha * loss
    return float(loss.mean())
