# mistake: ignores the average argument and always returns the macro average, never micro
# 错误：忽略 average 参数，始终返回宏平均，从不计算微平均
"""Mistake: always the macro average; micro (global counts) is never computed."""
import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average):
    tp = np.bincount(y_true[y_true == y_pred], minlength=num_classes).astype(float)
    pred = np.bincount(y_pred, minlength=num_classes).astype(float)
    true = np.bincount(y_true, minlength=num_classes).astype(float)
    p = np.divide(tp, pred, out=np.zeros_like(tp), where=pred > 0)
    r = np.divide(tp, true, out=np.zeros_like(tp), where=true > 0)
    f = np.divide(2 * p * r, p + r, out=np.zeros_like(tp), where=p + r > 0)
    return p.mean(), r.mean(), f.mean()
