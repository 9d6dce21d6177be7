"""attack: timing faking: widen the CPU affinity and split the work over threads
problem: vec_add
expect: AC
speed_at_least: 0.8
"""
import os
import threading

import numpy as np

try:
    os.sched_setaffinity(0, range(os.cpu_count() or 1))
except OSError:
    pass


def add(a, b, alpha=1.0):
    out = np.empty_like(a)
    half = len(a) // 2

    def part(lo, hi):
        np.multiply(b[lo:hi], alpha, out=out[lo:hi])
        out[lo:hi] += a[lo:hi]

    t = threading.Thread(target=part, args=(0, half))
    t.start()
    part(half, len(a))
    t.join()
    return out
