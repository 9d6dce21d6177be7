# mistake: computes macro F1 as the harmonic mean of macro P and R instead of the mean of per-class F1
# 错误：宏平均 F1 取宏平均 P 和 R 的调和平均，而不是各类 F1 的平均
"""Classic mistake: macro F1 taken as the harmonic mean of macro precision and macro recall
(it is the mean of the per-class F1 scores)."""
import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average):
    tp = np.bincount(y_true[y_true == y_pred], minlength=num_classes).astype(float)
    pred = np.bincount(y_pred, minlength=num_classes).astype(float)
    true = np.bincount(y_true, minlength=num_classes).astype(float)
    if average == "micro":
        tp, pred, true = tp.sum(keepdims=True), pred.sum(keepdims=True), true.sum(keepdims=True)
    p = np.divide(tp, pred, out=np.zeros_like(tp), where=pred > 0).mean()
    r = np.divide(tp, true, out=np.zeros_like(tp), where=true > 0).mean()
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f
