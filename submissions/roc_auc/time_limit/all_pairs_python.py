# scaling: time — compares every positive with every negative: O(n^2) time, where sorting by score needs O(n log n)
# 规模：时间 — 把每个正样本和每个负样本逐对比较：时间 O(n^2)，而按分数排序只需 O(n log n)
"""Correct, but compares every positive with every negative in pure Python: O(P * N)."""


def roc_auc(y_true, scores):
    y = y_true.tolist()
    s = scores.tolist()
    pos = [v for v, t in zip(s, y) if t == 1]
    neg = [v for v, t in zip(s, y) if t == 0]
    total = 0.0
    for a in pos:
        for b in neg:
            if a > b:
                total += 1.0
            elif a == b:
                total += 0.5
    return total / (len(pos) * len(neg))
