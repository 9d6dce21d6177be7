import numpy as np


def roc_auc(y_true, scores):
    """One sort; per group of equal scores, positives beat the negatives below and tie half
    of the negatives inside (the trapezoid under the ROC curve)."""
    y = np.asarray(y_true)
    order = np.argsort(scores)
    s = scores[order]
    pos = np.cumsum(y[order] != 0)
    ends = np.flatnonzero(np.r_[s[1:] != s[:-1], True])  # last index of each group of equal scores
    cum_pos = pos[ends]
    cum_neg = ends + 1 - cum_pos
    pos_g = np.diff(cum_pos, prepend=0)
    neg_g = np.diff(cum_neg, prepend=0)
    n_pos, n_neg = int(cum_pos[-1]), int(cum_neg[-1])
    u = np.dot(pos_g, cum_neg - neg_g) + 0.5 * np.dot(pos_g, neg_g)
    return float(u) / (n_pos * n_neg)
