"""Uses scipy.stats.rankdata for the tie-averaged ranks (scipy is forbidden)."""
from scipy.stats import rankdata


def roc_auc(y_true, scores):
    r = rankdata(scores)
    pos = y_true == 1
    n_pos = int(pos.sum())
    n_neg = len(y_true) - n_pos
    return (r[pos].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)
