"""attack: resource abuse: fill /tmp with many files
problem: vec_add
expect: RE
"""
import os
import tempfile


def add(a, b, alpha=1.0):
    d = tempfile.gettempdir()
    i = 0
    while True:
        with open(os.path.join(d, f"fill-{i}"), "wb") as f:
            f.write(b"\0" * (1 << 20))
        i += 1
