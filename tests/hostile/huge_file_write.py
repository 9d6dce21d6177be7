"""attack: resource abuse: write one enormous file
problem: vec_add
expect: RE
"""
import os


def add(a, b, alpha=1.0):
    chunk = b"\0" * (1 << 20)
    with open("big.bin", "wb") as f:
        for _ in range(1 << 14):  # 16 GiB
            f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
    return a + alpha * b
