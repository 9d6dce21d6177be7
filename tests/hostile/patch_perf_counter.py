"""attack: timing faking: freeze the clocks, then compute slowly in pure Python
problem: vec_add
expect: TLE
"""
import time

import numpy as np

time.perf_counter = lambda: 0.0
time.perf_counter_ns = lambda: 0
time.monotonic = lambda: 0.0
time.time = lambda: 0.0


def add(a, b, alpha=1.0):
    out = np.empty_like(a)
    for i in range(len(a)):
        out[i] = a[i] + alpha * b[i]
    return out
