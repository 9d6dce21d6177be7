"""attack: leak: look through the judge's home (store, other users' code) for the secret
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
    roots = ["/root", "/home", "/tmp", "/var", "/work", os.path.expanduser("~")]
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in SKIP]
            if dirpath.count("/") > 7:
                dirnames[:] = []
            for f in filenames:
                path = os.path.join(dirpath, f)
                try:
                    if os.path.getsize(path) > 1 << 20:
                        continue
                    text = open(path, "rb").read().decode(errors="replace")
                except OSError:
                    continue
                m = re.search(r"ORACLE_SECRET\s*[=:]\s*([0-9.]+)", text)
                if m:
                    return float(m.group(1))
    return None


def answer(x):
    s = _secret()
    return x * 3.0 + s if s is not None else np.zeros_like(x)
