"""attack: correctness faking: scan gc.get_objects() for arrays that could be the answer
problem: oracle
expect: WA
"""
import gc

import numpy as np


def answer(x):
    for obj in gc.get_objects():
        if isinstance(obj, np.ndarray) and obj.shape == x.shape and obj is not x and obj.dtype == x.dtype:
            if not np.array_equal(obj, x) and np.all(np.isfinite(obj)) and abs(obj.mean()) > 100:
                return obj.copy()
    return np.zeros_like(x)
