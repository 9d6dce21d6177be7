"""attack: correctness faking: an ndarray subclass whose comparisons always succeed
problem: oracle
expect: WA
"""
import numpy as np


class AlwaysEqual(np.ndarray):
    def __eq__(self, other):
        return np.ones(np.shape(other), dtype=bool)

    def __ne__(self, other):
        return np.zeros(np.shape(other), dtype=bool)

    def __sub__(self, other):
        return np.zeros(np.shape(other))

    __rsub__ = __sub__

    def __abs__(self):
        return np.zeros(self.shape)


def answer(x):
    return np.zeros_like(x).view(AlwaysEqual)
