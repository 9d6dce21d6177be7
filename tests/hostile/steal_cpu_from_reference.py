"""attack: timing faking: a helper process that spins only while this worker is idle,
i.e. while the reference is being timed, to make the reference look slow
problem: vec_add
expect: AC
speed_at_least: 0.8
"""
import mmap
import os
import time

_flag = mmap.mmap(-1, 1)  # shared with the helper: 1 while add() runs

if os.fork() == 0:
    while True:
        if _flag[0] == 0:
            end = time.perf_counter() + 0.001
            while time.perf_counter() < end:
                pass
        else:
            time.sleep(0.0001)


def add(a, b, alpha=1.0):
    _flag[0] = 1
    try:
        return a + alpha * b
    finally:
        _flag[0] = 0
