"""attack: resource abuse: return an array far larger than memory allows
problem: vec_add
expect: MLE
"""
import numpy as np


def add(a, b, alpha=1.0):
    return np.ones((1 << 28,), dtype=np.float64)
