# mistake: counts 0/0 as 1 (sklearn's zero_division=1) instead of 0
# 错误：把 0/0 记为 1（sklearn 的 zero_division=1），而不是 0
"""Mistake: 0/0 counted as 1 (sklearn's zero_division=1), not the stated 0."""
import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average):
    tp = np.bincount(y_true[y_true == y_pred], minlength=num_classes).astype(float)
    pred = np.bincount(y_pred, minlength=num_classes).astype(float)
    true = np.bincount(y_true, minlength=num_classes).astype(float)
    if average == "micro":
        tp, pred, true = tp.sum(keepdims=True), pred.sum(keepdims=True), true.sum(keepdims=True)
    p = np.divide(tp, pred, out=np.ones_like(tp), where=pred > 0)
    r = np.divide(tp, true, out=np.ones_like(tp), where=true > 0)
    f = np.divide(2 * p * r, p + r, out=np.zeros_like(tp), where=p + r > 0)
    return p.mean(), r.mean(), f.mean()
