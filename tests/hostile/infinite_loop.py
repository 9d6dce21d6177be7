"""attack: resource abuse: an endless loop
problem: vec_add
expect: TLE
"""


def add(a, b, alpha=1.0):
    while True:
        pass
