# mistake: divides with no 0/0 guard, so a class never predicted gives nan precision and F1 instead of 0
# 错误：除法没有处理 0/0，从未被预测的类的精确率和 F1 变成 nan 而不是 0
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
