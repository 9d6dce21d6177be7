"""attack: verdict faking: exit with status 0 in the middle of a call
problem: vec_add
expect: RE
"""
import os


def add(a, b, alpha=1.0):
    os._exit(0)
