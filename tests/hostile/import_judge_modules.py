"""attack: leak: import the judge itself and ask it for the reference
problem: oracle
expect: WA
needs: filesystem
"""
import numpy as np

try:
    from judge.problem import discover, load

    REF = next(load(p).reference for p in discover() if p.name == "oracle")
except Exception:
    REF = None


def answer(x):
    return REF(x) if REF is not None else np.zeros_like(x)
