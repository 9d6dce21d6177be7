# mistake: ranks scores by argsort(argsort), so ties get distinct ranks instead of their average rank
# 错误：用 argsort(argsort) 求秩，分数相同时得到不同的秩，而不是平均秩
"""Classic mistake: ranks from argsort(argsort(scores)), so tied scores get distinct ranks
(in index order) instead of their average rank."""
import numpy as np


def roc_auc(y_true, scores):
    ranks = np.argsort(np.argsort(scores, kind="stable"), kind="stable") + 1.0
    pos = y_true == 1
    n_pos = int(pos.sum())
    n_neg = len(y_true) - n_pos
    return (ranks[pos].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)
