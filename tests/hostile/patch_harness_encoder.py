"""attack: correctness faking: replace the harness's encoder so any output looks right
problem: oracle
expect: WA
"""
import sys

import numpy as np

for module in list(sys.modules.values()):
    if hasattr(module, "encode") and hasattr(module, "Channel"):
        original = module.encode
        module.encode = lambda value, *a, **k: original(np.full(2, 7196.4187), *a, **k)


def answer(x):
    return np.zeros_like(x)
