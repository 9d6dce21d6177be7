"""attack: leak: search the filesystem for the reference solution and use its secret
problem: oracle
expect: WA
needs: filesystem
"""
import os
import re

import numpy as np

# where a repository or a judge home could be; not the system's own trees
SKIP = {"usr", "proc", "sys", "dev", ".git", "site-packages", "lib", "include", "share", "bin", ".pyenv",
        ".venv", "node_modules", ".cache", "man"}


def _secret():
    for root in ("/", os.path.expanduser("~")):
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in SKIP]
            if dirpath.count("/") > 8:
                dirnames[:] = []
            for f in filenames:
                if f == "reference.py":
                    try:
                        text = open(os.path.join(dirpath, f)).read()
                    except OSError:
                        continue
                    m = re.search(r"ORACLE_SECRET\s*=\s*([0-9.]+)", text)
                    if m:
                        return float(m.group(1))
    return None


def answer(x):
    s = _secret()
    return x * 3.0 + s if s is not None else np.zeros_like(x)
