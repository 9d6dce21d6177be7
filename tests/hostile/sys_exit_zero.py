"""attack: verdict faking: sys.exit(0) from inside the function
problem: vec_add
expect: RE
"""
import sys


def add(a, b, alpha=1.0):
    sys.exit(0)
