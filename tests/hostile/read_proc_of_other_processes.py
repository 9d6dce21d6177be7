"""attack: leak: read other processes' environment, command lines and memory via /proc
problem: oracle
expect: WA
needs: pid
"""
import os
import re

import numpy as np


def _secret():
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        for name in ("environ", "cmdline"):
            try:
                data = open(f"/proc/{pid}/{name}", "rb").read().decode(errors="replace")
            except OSError:
                continue
            m = re.search(r"ORACLE_SECRET=([0-9.]+)", data)
            if m:
                return float(m.group(1))
    return None


def answer(x):
    s = _secret()
    return x * 3.0 + s if s is not None else np.zeros_like(x)
