"""attack: timing faking: return an empty array now, fill it from a thread later
problem: vec_add
expect: WA
"""
import threading
import time

import numpy as np


def add(a, b, alpha=1.0):
    out = np.zeros_like(a)

    def fill():
        time.sleep(0.05)
        out[:] = a + alpha * b

    threading.Thread(target=fill, daemon=True).start()
    return out
