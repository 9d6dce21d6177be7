"""Correct, but counts with one Python iteration per sample."""


def precision_recall_f1(y_true, y_pred, num_classes, average):
    c = num_classes
    tp, pred, true = [0] * c, [0] * c, [0] * c
    for t, p in zip(y_true.tolist(), y_pred.tolist()):
        true[t] += 1
        pred[p] += 1
        if t == p:
            tp[t] += 1
    if average == "micro":
        tp, pred, true = [sum(tp)], [sum(pred)], [sum(true)]
    ps = [a / b if b else 0.0 for a, b in zip(tp, pred)]
    rs = [a / b if b else 0.0 for a, b in zip(tp, true)]
    fs = [2 * p * r / (p + r) if p + r else 0.0 for p, r in zip(ps, rs)]
    return sum(ps) / len(ps), sum(rs) / len(rs), sum(fs) / len(fs)
