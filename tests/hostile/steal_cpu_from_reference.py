"""attack: timing faking: a helper process that spins for a while right after each call returns,
i.e. while the reference is being timed next, to make the reference look slow
problem: vec_add
expect: AC
speed_at_least: 0.8
"""
import mmap
import os
import struct
import time

_shared = mmap.mmap(-1, 8)  # when add() last returned (perf_counter), shared with the helper

if os.fork() == 0:
    while True:
        (returned,) = struct.unpack("d", _shared[:8])
        if 0 < time.perf_counter() - returned < 0.05:  # the reference's turn, if it follows
            end = time.perf_counter() + 0.001
            while time.perf_counter() < end:
                pass
        else:
            time.sleep(0.001)


def add(a, b, alpha=1.0):
    try:
        return a + alpha * b
    finally:
        _shared[:8] = struct.pack("d", time.perf_counter())
