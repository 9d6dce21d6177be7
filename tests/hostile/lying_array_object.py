"""attack: correctness faking: an object that claims to be the answer (__array__, __eq__)
problem: oracle
expect: WA
"""
import numpy as np


class Liar:
    shape = (1,)
    dtype = np.float64

    def __array__(self, *args, **kwargs):
        return np.zeros(1)

    def __eq__(self, other):
        return True

    def __len__(self):
        return 1


def answer(x):
    return Liar()
