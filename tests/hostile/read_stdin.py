"""attack: read the judge's data from standard input
problem: oracle
expect: WA
"""
import sys

import numpy as np


def answer(x):
    data = sys.stdin.read()
    return x * 3.0 + float(data) if data.strip() else np.zeros_like(x)
