"""attack: correctness faking: answer every call with the first call's output
problem: vec_add
expect: WA
"""
_CACHE = {}


def add(a, b, alpha=1.0):
    key = a.shape
    if key not in _CACHE:
        _CACHE[key] = a + alpha * b
    return _CACHE[key]
