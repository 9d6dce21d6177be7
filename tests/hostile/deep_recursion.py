"""attack: resource abuse: recurse through C calls until the C stack overflows (SIGSEGV)
problem: vec_add
expect: RE
"""
import sys

sys.setrecursionlimit(10**8)


def down(n):
    return sum(map(down, [n + 1]))  # each level goes through C: the C stack, not the heap


def add(a, b, alpha=1.0):
    return down(0)
