# mistake: computes -log(sigmoid(x)) literally; exp(200) overflows and log(0) = -inf
# 错误：直接计算 -log(sigmoid(x))；exp(200) 溢出，log(0) = -inf
import numpy as np


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0):
    x, t = inputs, targets
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        p = 1 / (1 + np.exp(-x))
        ce = -(t * np.log(p) + (1 - t) * np.log(1 - p))
        p_t = p * t + (1 - p) * (1 - t)
        loss = ce * (1 - p_t) ** gamma
        if alpha >= 0:
            loss = (alpha * t + (1 - alpha) * (1 - t)) * loss
        return float(loss.mean())
