# mistake: integrates FPR over TPR (trapezoid axes swapped) instead of TPR over FPR, giving 1 - AUC
# 错误：对 TPR 积分 FPR（梯形积分的坐标轴反了），而不是对 FPR 积分 TPR，得到 1 - AUC
"""Classic mistake: integrates FPR over TPR (the arguments of np.trapz-style integration
swapped), which gives 1 - AUC."""
import numpy as np


def roc_auc(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    s = scores[order]
    y = y_true[order].astype(np.float64)
    last = np.r_[np.flatnonzero(s[1:] != s[:-1]), len(s) - 1]
    tps = np.cumsum(y)[last]
    fps = last + 1 - tps
    tpr = np.r_[0.0, tps / tps[-1]]
    fpr = np.r_[0.0, fps / fps[-1]]
    return float(np.sum((tpr[1:] - tpr[:-1]) * (fpr[1:] + fpr[:-1]) / 2))
