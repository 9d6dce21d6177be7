"""attack: monkeypatch numpy's frombuffer/asarray (used to move data), hoping the judge shares them
problem: oracle
expect: WA
"""
import numpy as np

np.frombuffer = lambda *a, **k: np.full(2, 7196.4187)
np.asarray = lambda *a, **k: np.full(2, 7196.4187)
np.array = lambda *a, **k: np.full(2, 7196.4187)


def answer(x):
    return x * 0.0
