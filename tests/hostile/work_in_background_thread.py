"""attack: timing faking: return at once and do the work in a thread the caller waits on lazily
problem: vec_add
expect: TLE
"""
import threading

import numpy as np


def add(a, b, alpha=1.0):
    out = np.empty_like(a)
    done = threading.Event()

    def work():
        out[:] = np.array([x + alpha * y for x, y in zip(a.tolist(), b.tolist())], dtype=a.dtype)
        done.set()

    threading.Thread(target=work).start()
    done.wait()  # the judge's clock runs until the reply: waiting is charged
    return out
