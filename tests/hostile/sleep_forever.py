"""attack: resource abuse: sleep (no CPU used, wall time only)
problem: vec_add
expect: TLE
"""
import time


def add(a, b, alpha=1.0):
    time.sleep(3600)
