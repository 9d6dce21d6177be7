"""attack: timing faking: compute big (timing) inputs once, then replay the cached answer
problem: vec_add
expect: WA
"""
_seen = {}


def add(a, b, alpha=1.0):
    if a.size < 100000:
        return a + alpha * b
    if "big" not in _seen:
        _seen["big"] = a + alpha * b
    return _seen["big"]
