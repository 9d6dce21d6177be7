import numpy as np


def precision_recall_f1(y_true, y_pred, num_classes, average):
    """Per-class counts by bincount; 0/0 is 0 (sklearn's zero_division=0)."""
    c = int(num_classes)
    hit = y_true == y_pred
    tp = np.bincount(y_true[hit], minlength=c).astype(np.float64)
    true_n = np.bincount(y_true, minlength=c).astype(np.float64)
    pred_n = np.bincount(y_pred, minlength=c).astype(np.float64)
    if average == "micro":
        tp, true_n, pred_n = tp.sum(keepdims=True), true_n.sum(keepdims=True), pred_n.sum(keepdims=True)
    elif average != "macro":
        raise ValueError(average)
    p = np.divide(tp, pred_n, out=np.zeros_like(tp), where=pred_n > 0)
    r = np.divide(tp, true_n, out=np.zeros_like(tp), where=true_n > 0)
    f = np.divide(2 * p * r, p + r, out=np.zeros_like(tp), where=(p + r) > 0)
    return float(p.mean()), float(r.mean()), float(f.mean())
