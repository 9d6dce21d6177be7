"""attack: leak: read the judge's cached expected outputs and its secret seed
problem: oracle
expect: WA
needs: filesystem
"""
import glob
import os

import numpy as np


def answer(x):
    homes = [os.environ.get("MLJUDGE_HOME", ""), os.path.expanduser("~/.local/share/mljudge"),
             "/root/.local/share/mljudge", "/tmp"]
    for home in homes:
        for path in glob.glob(os.path.join(home, "**", "*.out"), recursive=True):
            data = open(path, "rb").read()
            arr = np.frombuffer(data[-x.nbytes:], dtype=x.dtype) if len(data) >= x.nbytes else None
            if arr is not None and arr.shape == x.shape:
                return arr.copy()
    return np.zeros_like(x)
