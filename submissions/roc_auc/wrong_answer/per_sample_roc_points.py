# mistake: adds one ROC point per sample instead of per distinct score, so tied scores form a staircase
# 错误：每个样本一个 ROC 点，而不是每个不同分数一个点，分数相同的样本形成阶梯
"""Classic mistake: one ROC point per sample instead of per distinct score, so a group of
tied scores becomes a staircase whose shape depends on the order of the tied samples."""
import numpy as np


def roc_auc(y_true, scores):
    order = np.argsort(-scores, kind="stable")
    y = y_true[order].astype(np.float64)
    tpr = np.r_[0.0, np.cumsum(y) / y.sum()]
    fpr = np.r_[0.0, np.cumsum(1 - y) / (1 - y).sum()]
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
