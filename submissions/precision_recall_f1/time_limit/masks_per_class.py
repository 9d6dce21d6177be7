# scaling: time — counts each class with its own boolean masks over all samples: O(n × C) time, where three bincounts need O(n + C)
# 规模：时间 — 每个类别都对全部样本各做一遍布尔掩码计数：时间 O(n × C)，而三次 bincount 只需 O(n + C)
"""Correct, but one pass over every sample per class: fine for 20 classes, far too slow for 500."""


def precision_recall_f1(y_true, y_pred, num_classes, average):
    tps, preds, trues = [], [], []
    for k in range(num_classes):
        is_true, is_pred = y_true == k, y_pred == k
        tps.append(int((is_true & is_pred).sum()))
        preds.append(int(is_pred.sum()))
        trues.append(int(is_true.sum()))
    if average == "micro":
        tps, preds, trues = [sum(tps)], [sum(preds)], [sum(trues)]
    ps = [t / q if q else 0.0 for t, q in zip(tps, preds)]
    rs = [t / q if q else 0.0 for t, q in zip(tps, trues)]
    fs = [2 * p * r / (p + r) if p + r else 0.0 for p, r in zip(ps, rs)]
    return sum(ps) / len(ps), sum(rs) / len(rs), sum(fs) / len(fs)
