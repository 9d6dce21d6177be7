"""attack: correctness faking: return a lazy object that computes only when converted
problem: vec_add
expect: WA
"""


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __array__(self, *args, **kwargs):
        return self.fn()


def add(a, b, alpha=1.0):
    return Lazy(lambda: a + alpha * b)
