"""attack: resource abuse: allocate and touch far more than the memory limit (numpy)
problem: vec_add
expect: MLE
"""
import numpy as np


def add(a, b, alpha=1.0):
    hog = np.ones(4 << 30, dtype=np.uint8)
    return a + alpha * b + hog[0]
