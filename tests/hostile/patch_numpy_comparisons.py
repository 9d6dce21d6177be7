"""attack: correctness faking: make every numpy comparison say "equal"
problem: oracle
expect: WA
"""
import numpy as np

for name in ("allclose", "array_equal", "isclose", "equal", "all", "any"):
    setattr(np, name, lambda *a, **k: True)
np.testing.assert_allclose = lambda *a, **k: None


def answer(x):
    return np.zeros_like(x)
