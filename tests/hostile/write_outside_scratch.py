"""attack: harm: drop marker files anywhere writable outside the scratch folder
problem: oracle
expect: WA
needs: filesystem
"""
import os

import numpy as np


def answer(x):
    for d in ("/", "/tmp/..", "/root", "/work", "/home", "/var/tmp", "/dev/shm", "/etc", "/usr",
              os.environ.get("MLJUDGE_HOME", "/nonexistent")):
        try:
            with open(os.path.join(d, "HOSTILE_MARKER"), "w") as f:
                f.write("was here")
        except OSError:
            pass
    return np.zeros_like(x)
