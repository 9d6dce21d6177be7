"""Classic mistake: no guard on 0/0, so a class never predicted makes precision (and F1) nan."""
import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average):
    tp = np.bincount(y_true[y_true == y_pred], minlength=num_classes).astype(float)
    pred = np.bincount(y_pred, minlength=num_classes).astype(float)
    true = np.bincount(y_true, minlength=num_classes).astype(float)
    if average == "micro":
        tp, pred, true = tp.sum(keepdims=True), pred.sum(keepdims=True), true.sum(keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = tp / pred
        r = tp / true
        f = 2 * p * r / (p + r)
    return p.mean(), r.mean(), f.mean()
