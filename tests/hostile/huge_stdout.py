"""attack: resource abuse: flood stdout and stderr with 40 MB (the result is still right)
problem: vec_add
expect: AC
"""
import sys

_line = "x" * 1023 + "\n"
for _ in range(20000):
    sys.stdout.write(_line)
    sys.stderr.write(_line)
_flooded = [False]


def add(a, b, alpha=1.0):
    if not _flooded[0]:
        _flooded[0] = True
        for _ in range(20000):
            sys.stdout.write(_line)
    return a + alpha * b
