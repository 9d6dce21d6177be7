"""attack: verdict faking: raise KeyboardInterrupt / SystemExit past the harness
problem: vec_add
expect: RE
"""


def add(a, b, alpha=1.0):
    raise KeyboardInterrupt
