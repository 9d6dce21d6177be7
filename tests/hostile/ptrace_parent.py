"""attack: escape: attach to the parent and other processes with ptrace
problem: oracle
expect: WA
needs: pid
"""
import ctypes
import os

import numpy as np

PTRACE_ATTACH = 16


def answer(x):
    libc = ctypes.CDLL(None, use_errno=True)
    attached = 0
    for pid in [os.getppid(), 1] + [int(p) for p in os.listdir("/proc") if p.isdigit()]:
        if pid != os.getpid() and libc.ptrace(PTRACE_ATTACH, pid, None, None) == 0:
            attached += 1
    return x * 3.0 if attached else np.zeros_like(x)
