"""attack: return NaN everywhere (a NaN-tolerant comparison would pass it)
problem: oracle
expect: WA
"""
import numpy as np


def answer(x):
    return np.full_like(x, np.nan)
