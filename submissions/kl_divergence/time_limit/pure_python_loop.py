"""Correct, but one Python loop iteration per element."""
import math


def kl(p, q):
    c = p.shape[-1]
    ps = p.reshape(-1, c).tolist()
    qs = q.reshape(-1, c).tolist()
    total = 0.0
    for prow, qrow in zip(ps, qs):
        s = 0.0
        for a, b in zip(prow, qrow):
            if a > 0:
                s += a * math.log(a / b)
        total += s
    return total / len(ps)
