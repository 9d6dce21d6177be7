"""attack: correctness faking: walk the caller's frames looking for the expected output
problem: oracle
expect: WA
"""
import sys

import numpy as np


def answer(x):
    frame = sys._getframe(1)
    while frame is not None:
        for name, value in frame.f_locals.items():
            if "expect" in name and isinstance(value, np.ndarray) and value.shape == x.shape:
                return value.copy()
        frame = frame.f_back
    return np.zeros_like(x)
