"""Straightforward: -log p and -log(1 - p) via np.logaddexp(0, -+x), 1 - p_t = -expm1(-ce)."""
import numpy as np


def focal_loss(inputs, targets, alpha=0.25, gamma=2.0):
    x, t = inputs, targets
    nlog_p = np.logaddexp(0, -x)       # -log(sigmoid(x))
    nlog_1mp = np.logaddexp(0, x)      # -log(1 - sigmoid(x))
    ce = t * nlog_p + (1 - t) * nlog_1mp
    one_minus_pt = -np.expm1(-ce)      # p_t = exp(-ce), so 1 - p_t = -expm1(-ce)
    loss = ce * one_minus_pt ** gamma
    if alpha >= 0:
        loss = loss * np.where(t == 1, alpha, 1 - alpha)
    return float(np.mean(loss))
