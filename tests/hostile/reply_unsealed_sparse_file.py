"""attack: harm: reply with an unsealed file grown sparse to 64 GiB (copied whole, it takes the judge's memory)
problem: vec_add
expect: RE
"""
import os
import sys

harness = sys.modules["__main__"]
harness.seal = lambda fd: False
harness.write_into = lambda flat, target: None


def sparse_blob(flat, fd=None):
    fd = os.memfd_create("blob", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    for chunk in harness._chunks(flat):
        os.write(fd, memoryview(chunk).cast("B"))
    os.ftruncate(fd, 64 << 30)
    return fd


harness.write_flat = sparse_blob


def add(a, b, alpha=1.0):
    return a + alpha * b
