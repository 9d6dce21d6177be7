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
        for i in range(len(a)):
            out[i] = a[i] + alpha * b[i]
        done.set()

    threading.Thread(target=work).start()
    done.wait()  # the judge's clock runs until the reply: waiting is charged
    return out
