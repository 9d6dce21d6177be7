"""attack: close every descriptor (the result channel among them) and keep going
problem: vec_add
expect: RE
"""
import os


def add(a, b, alpha=1.0):
    os.closerange(3, 1024)
    return a + alpha * b
