# mistake: macro-averages only over labels that occur (np.unique of y_true, y_pred) instead of all num_classes
# 错误：宏平均只在出现过的标签（y_true 和 y_pred 的 np.unique）上取，而不是全部 num_classes 类
"""Classic mistake: macro average over the labels that occur (np.unique of both arrays, as
sklearn does without labels=), not over all num_classes classes."""
import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average):
    tp = np.bincount(y_true[y_true == y_pred], minlength=num_classes).astype(float)
    pred = np.bincount(y_pred, minlength=num_classes).astype(float)
    true = np.bincount(y_true, minlength=num_classes).astype(float)
    if average == "micro":
        tp, pred, true = tp.sum(keepdims=True), pred.sum(keepdims=True), true.sum(keepdims=True)
    else:
        seen = np.unique(np.concatenate([y_true, y_pred]))
        tp, pred, true = tp[seen], pred[seen], true[seen]
    p = np.divide(tp, pred, out=np.zeros_like(tp), where=pred > 0)
    r = np.divide(tp, true, out=np.zeros_like(tp), where=true > 0)
    f = np.divide(2 * p * r, p + r, out=np.zeros_like(tp), where=p + r > 0)
    return p.mean(), r.mean(), f.mean()
