"""Mann-Whitney U: average ranks of tied scores (np.unique + bincount), then
U = sum of positive ranks - P(P+1)/2, AUC = U / (P * N)."""
import numpy as np


def roc_auc(y_true, scores):
    _, inv, counts = np.unique(scores, return_inverse=True, return_counts=True)
    first = np.cumsum(counts) - counts  # 0-based rank of each group's first element
    avg_rank = first + (counts + 1) / 2.0  # 1-based average rank of each group
    pos = y_true == 1
    n_pos = int(pos.sum())
    n_neg = len(y_true) - n_pos
    r = avg_rank[inv.ravel()][pos].sum()
    return (r - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)
