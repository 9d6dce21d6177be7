"""attack: resource abuse: a fork bomb
problem: vec_add
expect: RE
"""
import os


def add(a, b, alpha=1.0):
    while True:
        os.fork()
