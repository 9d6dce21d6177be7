"""attack: escape: move itself to the root cgroup, then eat memory
problem: vec_add
expect: MLE
needs: filesystem
"""
import glob
import os

import numpy as np


def add(a, b, alpha=1.0):
    for procs in glob.glob("/sys/fs/cgroup/**/cgroup.procs", recursive=True):
        try:
            with open(procs, "w") as f:
                f.write(str(os.getpid()))
        except OSError:
            pass
    hog = np.ones(4 << 30, dtype=np.uint8)
    return a + alpha * b + hog[0]
