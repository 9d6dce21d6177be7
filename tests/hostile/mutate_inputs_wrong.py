"""attack: mutate the inputs so that a later check sees the wrong thing, return garbage
problem: vec_add
expect: WA
"""


def add(a, b, alpha=1.0):
    a[:] = 0
    b[:] = 0
    return a + alpha * b
