"""attack: verdict faking: exit cleanly while being imported
problem: vec_add
expect: RE
"""
import os

os._exit(0)


def add(a, b, alpha=1.0):
    return a + alpha * b
