"""attack: resource abuse: open descriptors until none are left
problem: vec_add
expect: RE
"""
import os


def add(a, b, alpha=1.0):
    fds = []
    while True:
        fds.append(os.open("/dev/null", os.O_RDONLY))
