"""Correct, but one Python loop iteration per element."""
import math


def bce(p, y, eps=1e-7):
    ps = p.ravel().tolist()
    ys = y.ravel().tolist()
    total = 0.0
    for pi, yi in zip(ps, ys):
        pi = min(max(pi, eps), 1 - eps)
        total -= yi * math.log(pi) + (1 - yi) * math.log(1 - pi)
    return total / len(ps)
