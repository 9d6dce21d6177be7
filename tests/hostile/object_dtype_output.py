"""attack: return an object-dtype array of lying objects
problem: oracle
expect: WA
"""
import numpy as np


class Anything:
    def __eq__(self, other):
        return True

    def __float__(self):
        return 7193.4187


def answer(x):
    return np.array([Anything() for _ in range(len(x))], dtype=object)
