"""attack: correctness faking: return the input object itself (aliasing)
problem: vec_add
expect: WA
"""


def add(a, b, alpha=1.0):
    return a
